package jp.renkei.identity.internal;

import java.time.Clock;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;

/**
 * What refuses a second step before its code or passkey is even looked at, as at the password step: a throttled
 * source address, a disabled account, an account locked by failed attempts.
 */
final class SecondStepRefusals {

    private final UserAccountRepository accounts;
    private final SignInAttempts attempts;
    private final Clock clock;

    SecondStepRefusals(UserAccountRepository accounts, SignInAttempts attempts, Clock clock) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.clock = clock;
    }

    void check(long userId, String address) {
        if (address != null && attempts.addressThrottled(address)) {
            throw new SourceAddressThrottledException();
        }
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new BadCredentialsException("Unknown"));
        if (!account.isEnabled()) {
            throw new DisabledException("Disabled");
        }
        if (account.isLockedAt(clock.instant())) {
            throw new LockedException("Locked");
        }
    }
}
