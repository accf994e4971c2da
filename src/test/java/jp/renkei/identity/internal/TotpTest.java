package jp.renkei.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The codes an authenticator app shows: RFC 6238's SHA-1 test vectors, cut to six digits as the apps do. */
class TotpTest {

    static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({ "59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924",
            "2000000000, 279037", "20000000000, 353130" })
    void matchesTheRfcTestVectors(long epochSecond, String code) {
        assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(epochSecond)))).isEqualTo(code);
    }

    @Test
    void acceptsTheStepBeforeAndAfterButNotTwoAway() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.stepAt(now);

        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 1), now, null)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step + 1), now, null)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 2), now, null)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step + 2), now, null)).isEmpty();
    }

    @Test
    void aCodeOfAStepAlreadyUsedOrEarlierIsRefused() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.stepAt(now);

        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step), now, step)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 1), now, step - 1)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step), now, step - 1)).hasValue(step);
    }

    @Test
    void base32RoundTripsAndReadsTheSecretAsTyped() {
        byte[] secret = Base32.decode(DemoSecondFactor.SECRET);
        assertThat(secret).hasSize(20);
        assertThat(Base32.encode(secret)).isEqualTo(DemoSecondFactor.SECRET);
        assertThat(Base32.decode("renk eide motO TPSE CRET FORN EWCO MERS")).isEqualTo(secret);
    }
}
