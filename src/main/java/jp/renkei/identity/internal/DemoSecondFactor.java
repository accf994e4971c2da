package jp.renkei.identity.internal;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.renkei.shared.demo.DemoProfileRunner;

/**
 * Demo profile only: the demo accounts come enrolled with one TOTP secret, documented in the README, so that a
 * newcomer (add it to any authenticator app) and the browser tests can sign in. They have no recovery codes.
 * Accounts created later, and every account outside the demo profile, enrol at their first sign-in.
 */
@Component
public class DemoSecondFactor extends DemoProfileRunner {

    /** The README's demo TOTP secret (Base32). Never valid outside the demo profile. */
    public static final String SECRET = "RENKEIDEMOTOTPSECRETFORNEWCOMERS";

    static final List<String> DEMO_ACCOUNTS = List.of("liaison", "liaison2", "coordinator", "counselor", "panelist",
            "hospital-admin", "network-admin", "toto-pathologist", "toto-coordinator2", "aoba-coordinator",
            "aoba-admin", "seikai-coordinator");

    private final JdbcClient jdbc;
    private final SecretCipher cipher;

    DemoSecondFactor(JdbcClient jdbc, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    protected void runInDemo(ApplicationArguments args) {
        byte[] secret = Base32.decode(SECRET);
        for (String username : DEMO_ACCOUNTS) {
            jdbc.sql("update user_account set totp_secret = ? where username = ? and totp_secret is null")
                    .params(cipher.encrypt(secret), username).update();
        }
    }
}
