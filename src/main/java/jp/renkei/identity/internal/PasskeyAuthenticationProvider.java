package jp.renkei.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

import jp.renkei.identity.SecondFactor;
import jp.renkei.identity.SignInStage;
import jp.renkei.identity.SignedInUser;
import jp.renkei.shared.audit.AuditEvent;

/**
 * A passkey as the second step, in place of the authenticator-app code: only for the person whose password this
 * session accepted, and only with a passkey of theirs (Spring Security's WebAuthnAuthenticationProvider would sign
 * in whoever owns the passkey, with a principal the portal does not know). The same refusals as for a code apply
 * first; the result carries the person's own principal, {@code FACTOR_WEBAUTHN} and the portal's second-factor
 * authority, and its use is audited ({@code PASSKEY_USED}; the auditor adds {@code SIGNED_IN}).
 */
class PasskeyAuthenticationProvider implements AuthenticationProvider {

    private final WebAuthnRelyingPartyOperations relyingParty;
    private final SecurityContextHolderStrategy securityContext;
    private final SecondStepRefusals refusals;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PasskeyAuthenticationProvider(WebAuthnRelyingPartyOperations relyingParty,
            SecurityContextHolderStrategy securityContext, SecondStepRefusals refusals, Clock clock,
            ApplicationEventPublisher events) {
        this.relyingParty = relyingParty;
        this.securityContext = securityContext;
        this.refusals = refusals;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        WebAuthnAuthenticationRequestToken request = (WebAuthnAuthenticationRequestToken) authentication;
        Authentication afterPassword = securityContext.getContext().getAuthentication();
        if (!SignInStage.passwordAccepted(afterPassword)
                || !(afterPassword.getPrincipal() instanceof RenkeiUserDetails details)) {
            throw new BadCredentialsException("The password step comes first");
        }
        SignedInUser user = details.user();
        refusals.check(user.id().value(), SourceAddress.of(afterPassword));
        PublicKeyCredentialUserEntity owner;
        try {
            owner = relyingParty.authenticate(request.getWebAuthnRequest());
        } catch (RuntimeException notVerified) {
            throw new BadCredentialsException("Passkey not accepted", notVerified);
        }
        if (!user.username().equals(owner.getName())) {
            throw new BadCredentialsException("Another person's passkey");
        }
        List<GrantedAuthority> authorities = new ArrayList<>(details.getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY)
                .issuedAt(clock.instant()).build());
        authorities.add(FactorGrantedAuthority.withAuthority(SecondFactor.AUTHORITY).issuedAt(clock.instant()).build());
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(details, null,
                authorities);
        result.setDetails(afterPassword.getDetails());
        events.publishEvent(AuditEvent.byUser(user.id(), user.displayName(), user.activeHospital(),
                "PASSKEY_USED", "user:" + user.username(), null));
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }
}
