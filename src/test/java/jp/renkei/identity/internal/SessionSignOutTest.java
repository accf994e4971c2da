package jp.renkei.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import jp.renkei.identity.Grant;
import jp.renkei.identity.SessionSettings;
import jp.renkei.identity.SessionTimes;
import jp.renkei.identity.SignedInUser;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.Role;
import jp.renkei.shared.UserId;

/**
 * A database outage must not end the sessions of the people working: their open pages, and what they typed, have
 * to survive until the database is back (DatabaseOutageInTheBrowserFault shows it in a browser).
 */
class SessionSignOutTest {

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void clear() {
        contexts.clearContext();
    }

    @Test
    void aRequestGoesOnSignedInWhileTheDatabaseCannotBeReached() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T01:00:00Z"), ZoneOffset.UTC);
        // Nothing listens on port 1: every connection attempt fails at once, as during an outage
        JdbcClient unreachable = JdbcClient.create(new DriverManagerDataSource("jdbc:mysql://127.0.0.1:1/renkei"));
        List<Object> audited = new ArrayList<>();
        SessionSignOut filter = new SessionSignOut(unreachable, contexts, new SessionSettings(null, null, null), clock,
                request -> false, audited::add);
        RenkeiUserDetails liaison = new RenkeiUserDetails(new SignedInUser(UserId.of(7), "liaison", "相模野 連携",
                List.of(new Grant(HospitalId.of(2), Role.LIAISON_CLINICIAN)), HospitalId.of(2)), null, true);
        contexts.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(liaison, null,
                liaison.getAuthorities()));
        MockHttpSession session = new MockHttpSession();
        SessionTimes.of(session::getAttribute, session::setAttribute, clock.instant());
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).as("the request reached the page").isNotNull();
        assertThat(session.isInvalid()).as("the session ended").isFalse();
        assertThat(contexts.getContext().getAuthentication().getPrincipal()).isSameAs(liaison);
        assertThat(audited).as("no session end audited").isEmpty();
    }
}
