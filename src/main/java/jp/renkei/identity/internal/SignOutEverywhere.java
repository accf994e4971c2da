package jp.renkei.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Signing out ends every session of the person, on every node and in every browser: the moment is written to the
 * account, and {@link SessionSignOut} ends any session that began before it at its next request.
 */
@Component
class SignOutEverywhere implements LogoutHandler {

    private final JdbcClient jdbc;
    private final Clock clock;

    SignOutEverywhere(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof RenkeiUserDetails details) {
            jdbc.sql("update user_account set sessions_ended_at = ? where id = ?")
                    .params(Timestamp.from(clock.instant()), details.user().id().value()).update();
        }
    }
}
