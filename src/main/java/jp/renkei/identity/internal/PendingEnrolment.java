package jp.renkei.identity.internal;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.List;

/**
 * A secret and recovery codes shown to a person who is enrolling, kept only in their HTTP session until a code
 * from their authenticator app proves the app has the secret. Never written to the database before that.
 */
public record PendingEnrolment(long userId, String secretBase32, List<String> recoveryCodes) implements Serializable {

    public static final String SESSION_ATTRIBUTE = PendingEnrolment.class.getName();
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    public PendingEnrolment {
        recoveryCodes = List.copyOf(recoveryCodes);
    }

    /** A fresh 160-bit secret (RFC 4226's recommended length) and ten recovery codes. */
    public static PendingEnrolment create(long userId) {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new PendingEnrolment(userId, Base32.encode(secret), RecoveryCodes.generate());
    }

    @Override
    public String toString() {
        // never the secret or the codes in a log line
        return "PendingEnrolment[user " + userId + "]";
    }
}
