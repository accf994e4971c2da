package jp.renkei.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;

import org.springframework.stereotype.Component;

import jp.renkei.identity.SignedInUser;

/**
 * A signed-in person moving to a new authenticator app: first a code of the current app (used up like any code;
 * a wrong one counts towards the lockout like a wrong code at sign-in), then a code of the new secret, which only
 * then replaces the old one together with new recovery codes.
 */
@Component
public class AuthenticatorReplacement {

    /** Where the new secret waits, once the current app's code was right, until the new app confirms it. */
    public static final String SESSION_ATTRIBUTE = AuthenticatorReplacement.class.getName();

    private final SecondFactorStore store;
    private final SignInAttempts attempts;
    private final Clock clock;

    AuthenticatorReplacement(SecondFactorStore store, SignInAttempts attempts, Clock clock) {
        this.store = store;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** Whether {@code code} is a fresh code of the person's current app (it is then used up). */
    public boolean currentAppProven(SignedInUser user, String code) {
        long userId = user.id().value();
        Instant now = clock.instant();
        OptionalLong step = store.secret(userId)
                .map(secret -> Totp.matchingStep(secret, code, now, store.lastUsedStep(userId)))
                .orElse(OptionalLong.empty());
        if (step.isPresent() && store.useStep(userId, step.getAsLong())) {
            return true;
        }
        attempts.failed(user.username(), null);
        return false;
    }

    /** Stores {@code pending} as the person's app and recovery codes if {@code code} is a code of its secret. */
    public boolean confirmed(PendingEnrolment pending, String code) {
        byte[] secret = Base32.decode(pending.secretBase32());
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant(), null);
        step.ifPresent(confirmedStep -> store.enrol(pending.userId(), secret, pending.recoveryCodes(), confirmedStep));
        return step.isPresent();
    }
}
