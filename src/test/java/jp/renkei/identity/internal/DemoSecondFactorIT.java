package jp.renkei.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.TestClock;
import jp.renkei.identity.SecondFactor;
import jp.renkei.identity.SecondFactorSteps;

/**
 * The demo second factor is registered in every profile (Spring AOT fixes the beans of the packaged jar at build
 * time) and decides at run time: outside the {@code demo} profile it enrols nobody, so the README's demo secret
 * opens no account; in the demo profile it enrols the demo accounts.
 */
@RenkeiIntegrationTest
class DemoSecondFactorIT {

    private static final String ACCOUNT = "seikai-coordinator";
    private static final String ADDRESS = "198.51.100.31";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    SecretCipher cipher;
    @Autowired
    SecondFactorSteps steps;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void outsideTheDemoProfileTheDemoSecretIsNeitherEnrolledNorAccepted() throws Exception {
        jdbc.sql("update user_account set totp_secret = null where username = ?").param(ACCOUNT).update();
        DemoSecondFactor demoSecondFactor = new DemoSecondFactor(jdbc, cipher);

        demoSecondFactor.setEnvironment(environmentWithProfiles("prod"));
        demoSecondFactor.run(new DefaultApplicationArguments());

        assertThat(enrolled()).isFalse();
        Authentication afterPassword = steps.password(ACCOUNT, "Renkei-Demo-2026", ADDRESS);
        String demoCode = steps.freshCode(ACCOUNT, DemoSecondFactor.SECRET);
        assertThatThrownBy(() -> steps.code(afterPassword, demoCode, ADDRESS))
                .isInstanceOf(AuthenticationException.class);

        demoSecondFactor.setEnvironment(environmentWithProfiles("demo"));
        demoSecondFactor.run(new DefaultApplicationArguments());

        assertThat(enrolled()).isTrue();
        Authentication again = steps.password(ACCOUNT, "Renkei-Demo-2026", ADDRESS);
        Authentication signedIn = steps.code(again, steps.freshCode(ACCOUNT, DemoSecondFactor.SECRET), ADDRESS);
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains(SecondFactor.AUTHORITY);
    }

    private boolean enrolled() {
        return jdbc.sql("select totp_secret is not null from user_account where username = ?").param(ACCOUNT)
                .query(Boolean.class).single();
    }

    private static StandardEnvironment environmentWithProfiles(String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles(profiles);
        return environment;
    }
}
