package jp.renkei.identity.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.stereotype.Component;

import jp.renkei.identity.SignInStage;
import jp.renkei.identity.SignedInUser;
import jp.renkei.shared.audit.AuditEvent;

/**
 * Every sign-in, failed sign-in and sign-out goes to the audit trail with its source address (the entry's own
 * column: the address the authentication's details name, which the trail prefers to the request's), and failures
 * are counted for lockout and throttling. What was typed as the user name is stored only when it names a real
 * account: a mistyped password in the name field must not end up in the trail.
 */
@Component
class AuthenticationAuditor {

    private final ApplicationEventPublisher events;
    private final SignInAttempts attempts;
    private final UserAccountRepository accounts;
    private final SecurityContextHolderStrategy securityContext;

    AuthenticationAuditor(ApplicationEventPublisher events, SignInAttempts attempts, UserAccountRepository accounts,
            SecurityContextHolderStrategy securityContext) {
        this.events = events;
        this.attempts = attempts;
        this.accounts = accounts;
        this.securityContext = securityContext;
    }

    /**
     * The password alone is a step, not a sign-in: the failure count starts again only once the second factor is
     * passed too, so someone who knows the password cannot reset it between guesses of the code.
     */
    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof RenkeiUserDetails details) {
            SignedInUser user = details.user();
            String address = SourceAddress.of(event.getAuthentication());
            if (SignInStage.secondFactorPassed(event.getAuthentication())) {
                attempts.succeeded(user.id().value());
                events.publishEvent(AuditEvent.byUser(user.id(), user.displayName(), user.activeHospital(),
                        "SIGNED_IN", "user:" + user.username(), null).from(address));
            } else {
                events.publishEvent(AuditEvent.byUser(user.id(), user.displayName(), user.activeHospital(),
                        "SIGN_IN_PASSWORD_ACCEPTED", "user:" + user.username(), null).from(address));
            }
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        // A passkey answer names nobody; the person is the one whose password this session accepted.
        Authentication named = attempt instanceof WebAuthnAuthenticationRequestToken
                ? securityContext.getContext().getAuthentication() : attempt;
        String typed = named == null ? "" : String.valueOf(named.getName());
        String address = named == null ? null : SourceAddress.of(named);
        attempts.failed(typed, address);
        // The actor stays "system": whoever typed the name need not be the account's holder.
        String subject = accounts.existsByUsername(typed) ? "user:" + typed : null;
        events.publishEvent(new AuditEvent(null, "system", null, outcome(event), subject, null, address));
    }

    private static String outcome(AbstractAuthenticationFailureEvent event) {
        Exception failure = event.getException();
        if (failure instanceof SourceAddressThrottledException) {
            return "SIGN_IN_THROTTLED";
        }
        if (failure instanceof LockedException) {
            return "SIGN_IN_LOCKED";
        }
        if (event.getAuthentication() instanceof WebAuthnAuthenticationRequestToken) {
            return "PASSKEY_FAILED";
        }
        return event.getAuthentication() instanceof OneTimeCodeAttempt ? "SECOND_FACTOR_FAILED" : "SIGN_IN_FAILED";
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null
                && event.getAuthentication().getPrincipal() instanceof RenkeiUserDetails details) {
            SignedInUser user = details.user();
            events.publishEvent(AuditEvent.byUser(user.id(), user.displayName(), user.activeHospital(),
                    "SIGNED_OUT", "user:" + user.username(), null));
        }
    }
}
