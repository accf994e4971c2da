package jp.renkei.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

import jp.renkei.identity.SignInStage;

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

    /**
     * Only a person who passed both factors ends every session: someone who knows just the password (signing out
     * from the second-factor page) must not be able to sign the real owner out.
     */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (SignInStage.secondFactorPassed(authentication) && authentication.getPrincipal() instanceof RenkeiUserDetails details) {
            jdbc.sql("update user_account set sessions_ended_at = ? where id = ?")
                    .params(Timestamp.from(clock.instant()), details.user().id().value()).update();
        }
    }
}
