package jp.renkei.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** libargon2 and Spring's Java Argon2id are interchangeable: real hashes, both directions, same parameters. */
@ExtendWith(OutputCaptureExtension.class)
class Argon2idPasswordEncoderTest {

    /** The demo network's stored password hash (db/demo), written by Spring's encoder before libargon2 was used. */
    private static final String DEMO_HASH = "{argon2}$argon2id$v=19$m=16384,t=2,p=1$G3+WWACCTaKQmdFNVO4org"
            + "$hvBtTIetGf0c/G4sdW6uY/QNo6UF+prjeUUzQqZrMjU";
    private static final String DEMO_PASSWORD = "Renkei-Demo-2026";
    private static final String JAPANESE_PASSWORD = "連携パスワード-二〇二六";

    private final Argon2PasswordEncoder spring = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    private final Argon2idPasswordEncoder argon2id = new Argon2idPasswordEncoder();

    @Test
    void theStoredDemoHashStillVerifiesThroughThePortalsEncoder() {
        PasswordEncoder portal = new SecurityConfiguration().passwordEncoder();

        assertThat(portal.matches(DEMO_PASSWORD, DEMO_HASH)).isTrue();
        assertThat(portal.matches(DEMO_PASSWORD + "x", DEMO_HASH)).isFalse();
        assertThat(portal.upgradeEncoding(DEMO_HASH)).isFalse();
    }

    @Test
    void newHashesKeepTheIdPrefixAndSpringsParametersAndVerifyWithSpringsEncoder() {
        String stored = new SecurityConfiguration().passwordEncoder().encode(DEMO_PASSWORD);

        assertThat(stored).matches("\\{argon2}\\$argon2id\\$v=19\\$m=16384,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        String phc = stored.substring("{argon2}".length());
        assertThat(spring.matches(DEMO_PASSWORD, phc)).isTrue();
        assertThat(spring.matches("Renkei-Demo-2025", phc)).isFalse();
    }

    @Test
    void hashesOfEitherImplementationVerifyWithTheOtherAlsoForJapaneseText() {
        String bySpring = spring.encode(JAPANESE_PASSWORD);
        String byLibrary = argon2id.encode(JAPANESE_PASSWORD);

        assertThat(argon2id.matches(JAPANESE_PASSWORD, bySpring)).isTrue();
        assertThat(spring.matches(JAPANESE_PASSWORD, byLibrary)).isTrue();
        assertThat(argon2id.matches("連携パスワード-二〇二五", bySpring)).isFalse();
        assertThat(byLibrary).isNotEqualTo(argon2id.encode(JAPANESE_PASSWORD)); // a new salt every time
    }

    @Test
    void weakerParametersAreUpgradedAndNonsenseIsRefused() {
        String weaker = new Argon2PasswordEncoder(16, 32, 1, 1 << 12, 2).encode(DEMO_PASSWORD);

        assertThat(argon2id.matches(DEMO_PASSWORD, weaker)).isTrue();
        assertThat(argon2id.upgradeEncoding(weaker)).isTrue();
        assertThat(argon2id.matches(DEMO_PASSWORD, "not a hash")).isFalse();
        assertThat(argon2id.matches(DEMO_PASSWORD, null)).isFalse();
    }

    @Test
    void withoutTheLibraryTheJavaImplementationHashesTheSameStringsAndSaysSoOnce(CapturedOutput output) {
        Argon2idPasswordEncoder withoutLibrary = new Argon2idPasswordEncoder(() -> {
            throw new UnsatisfiedLinkError("no libargon2 in this test");
        });

        String stored = withoutLibrary.encode(DEMO_PASSWORD);

        assertThat(withoutLibrary.matches(DEMO_PASSWORD, stored)).isTrue();
        assertThat(withoutLibrary.matches(DEMO_PASSWORD, DEMO_HASH.substring("{argon2}".length()))).isTrue();
        assertThat(argon2id.matches(DEMO_PASSWORD, stored)).isTrue();
        assertThat(output.getOut().split("libargon2 could not be loaded", -1)).hasSize(2);
        assertThat(output.getOut()).contains("WARN");
    }
}
