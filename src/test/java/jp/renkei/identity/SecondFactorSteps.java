package jp.renkei.identity;


import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import jp.renkei.TestClock;
import jp.renkei.identity.internal.Base32;
import jp.renkei.identity.internal.PendingEnrolment;
import jp.renkei.identity.internal.RenkeiUserDetails;
import jp.renkei.identity.internal.SecondFactorStep;
import jp.renkei.identity.internal.Totp;

/**
 * Both sign-in steps as the forms run them, through the same authentication code, from a made-up address: the
 * password, then an authenticator-app code computed from the secret at the application clock's time.
 */
@Component
public class SecondFactorSteps {

    private final AuthenticationConfiguration authentication;
    private final SecondFactorStep secondFactor;
    private final ObjectProvider<TestClock> clock; // looked up on use: not every test context has one
    private final JdbcClient jdbc;

    SecondFactorSteps(AuthenticationConfiguration authentication, SecondFactorStep secondFactor,
            ObjectProvider<TestClock> clock, JdbcClient jdbc) {
        this.authentication = authentication;
        this.secondFactor = secondFactor;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public Authentication password(String username, String password, String address) throws Exception {
        AuthenticationManager manager = authentication.getAuthenticationManager();
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
                password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return manager.authenticate(attempt);
    }

    public Authentication code(Authentication afterPassword, String code, String address) {
        return secondFactor.check(afterPassword, code, null, new WebAuthenticationDetails(address, null));
    }

    /** Enrols the person of {@code afterPassword} as the enrolment page would; returns what they were shown. */
    public PendingEnrolment enrol(Authentication afterPassword, String address) {
        long userId = ((RenkeiUserDetails) afterPassword.getPrincipal()).user().id().value();
        PendingEnrolment enrolment = PendingEnrolment.create(userId);
        secondFactor.check(afterPassword, codeNow(enrolment.secretBase32()), enrolment,
                new WebAuthenticationDetails(address, null));
        return enrolment;
    }

    /** The code the app shows now. */
    public String codeNow(String secretBase32) {
        return Totp.codeAt(Base32.decode(secretBase32), Totp.stepAt(clock.getObject().instant()));
    }

    /**
     * A code the portal takes now from {@code username}: this step's, or the next one's (the app's tolerance) if
     * this step's was used already; else the clock moves on to the next step.
     */
    public String freshCode(String username, String secretBase32) {
        Long used = jdbc.sql("select totp_last_step from user_account where username = ?").param(username)
                .query(Long.class).optional().orElse(null);
        Instant now = clock.getObject().instant();
        long step = Totp.stepAt(now);
        if (used != null && used >= step + 1) {
            clock.getObject().advance(Duration.ofSeconds((used - step) * Totp.STEP_SECONDS));
            return freshCode(username, secretBase32);
        }
        long fresh = used == null || used < step ? step : step + 1;
        return Totp.codeAt(Base32.decode(secretBase32), fresh);
    }
}
