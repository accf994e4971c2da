package jp.renkei.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

import jp.renkei.identity.SecondFactor;
import jp.renkei.identity.SignedInUser;
import jp.renkei.shared.audit.AuditEvent;

/**
 * Checks the code of the second step: a TOTP code of the person's app (each step once), one of their recovery
 * codes (each once), or, at enrolment, a code of the secret just shown to them, which only then is stored. The
 * same refusals as the password step apply first: a throttled address, a disabled or locked account. A wrong
 * code is a failed sign-in like a wrong password (the auditor counts it towards the lockout).
 */
class SecondFactorAuthenticationProvider implements AuthenticationProvider {

    private final SecondFactorStore store;
    private final SecondStepRefusals refusals;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SecondFactorAuthenticationProvider(SecondFactorStore store, UserAccountRepository accounts,
            SignInAttempts attempts, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.refusals = new SecondStepRefusals(accounts, attempts, clock);
        this.clock = clock;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        OneTimeCodeAttempt attempt = (OneTimeCodeAttempt) authentication;
        refusals.check(attempt.getPrincipal().user().id().value(), SourceAddress.of(attempt));
        Instant now = clock.instant();
        if (!accepted(attempt.getPrincipal().user(), attempt.getCredentials(), attempt.enrolment(), now)) {
            throw new BadCredentialsException("Wrong code");
        }
        List<GrantedAuthority> authorities = new ArrayList<>(attempt.getPrincipal().getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(SecondFactor.AUTHORITY).issuedAt(now).build());
        return UsernamePasswordAuthenticationToken.authenticated(attempt.getPrincipal(), null, authorities);
    }

    private boolean accepted(SignedInUser user, String code, PendingEnrolment enrolment, Instant now) {
        long userId = user.id().value();
        // The secret read once: present means enrolled (a separate "enrolled" query read the same column again)
        Optional<byte[]> storedSecret = store.secret(userId);
        if (storedSecret.isPresent()) {
            OptionalLong step = Totp.matchingStep(storedSecret.get(), code, now, store.lastUsedStep(userId));
            if (step.isPresent()) {
                return store.useStep(userId, step.getAsLong());
            }
            boolean recovered = RecoveryCodes.looksLikeOne(code) && store.useRecoveryCode(userId, code);
            if (recovered) {
                events.publishEvent(AuditEvent.byUser(user.id(), user.displayName(), user.activeHospital(),
                        "RECOVERY_CODE_USED", "user:" + user.username(), null));
            }
            return recovered;
        }
        if (enrolment == null || enrolment.userId() != userId) {
            return false;
        }
        byte[] secret = Base32.decode(enrolment.secretBase32());
        OptionalLong step = Totp.matchingStep(secret, code, now, null);
        step.ifPresent(confirmed -> {
            store.enrol(userId, secret, enrolment.recoveryCodes(), confirmed);
            events.publishEvent(AuditEvent.byUser(user.id(), user.displayName(), user.activeHospital(),
                    "SECOND_FACTOR_ENROLLED", "user:" + user.username(), null));
        });
        return step.isPresent();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return OneTimeCodeAttempt.class.isAssignableFrom(authentication);
    }
}
