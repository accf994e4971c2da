package jp.renkei.identity.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as authenticator apps compute them (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second
 * steps, 6 digits. A code of the step before or after is accepted too, for a phone whose clock is a little off.
 * Public for the tests, which compute the code a person would type.
 */
public final class Totp {

    public static final int STEP_SECONDS = 30;
    static final int DIGITS = 6;
    /** Steps either side of now still accepted. */
    static final int TOLERANCE = 1;

    private Totp() {
    }

    public static long stepAt(Instant moment) {
        return Math.floorDiv(moment.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for {@code step}, zero-padded to six digits. */
    public static String codeAt(byte[] secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%0" + DIGITS + "d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }

    /**
     * The step whose code {@code typed} is, within the tolerance around {@code now} and after {@code lastUsedStep}
     * (a code already used does not count again); empty when it matches none.
     */
    static OptionalLong matchingStep(byte[] secret, String typed, Instant now, Long lastUsedStep) {
        if (typed == null || !typed.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current - TOLERANCE; step <= current + TOLERANCE; step++) {
            if ((lastUsedStep == null || step > lastUsedStep)
                    && MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
                            typed.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }
}
