package jp.renkei.identity.internal;

import org.springframework.security.authentication.LockedException;

/**
 * Too many failed sign-ins from one address. A {@link LockedException} so that Spring Security publishes it as
 * a failure event; the person at the form sees the same message as for a wrong password.
 */
class SourceAddressThrottledException extends LockedException {

    SourceAddressThrottledException() {
        super("Too many failed sign-ins from this address");
    }
}
