package jp.renkei.identity.internal;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.Filter;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.registration.WebAuthnRegistrationFilter;
import org.springframework.stereotype.Component;

import jp.renkei.shared.i18n.MessageBundleI18NProvider;

/**
 * Spring Security's WebAuthn endpoints, put together by hand rather than with {@code http.webAuthn()} so that a
 * passkey is a second step only ({@link PasskeyAuthenticationProvider}) and registration sits behind both factors.
 * All of them stand after the authorization filter, so the URL rules of SecurityConfiguration apply: the sign-in
 * pair ({@link #SIGN_IN_PATHS}) needs the password, registration ({@code /webauthn/register/**}) a full sign-in.
 * Every one is a POST that carries the CSRF token. Removing a passkey goes through {@code Passkeys.remove}, which
 * audits it; the registration filter's own DELETE stays refused (its default).
 */
@Component
class PasskeyStep {

    /** Options for the browser's passkey prompt, then the signed answer ({@code /login/webauthn}). */
    static final String[] SIGN_IN_PATHS = { "/webauthn/authenticate/options", "/login/webauthn" };

    private final AuditedRelyingParty relyingParty;
    private final UserCredentialRepository credentials;
    private final ProviderManager manager;
    private final SecurityContextHolderStrategy securityContext;
    private final MessageBundleI18NProvider messages;

    PasskeyStep(AuditedRelyingParty relyingParty, UserCredentialRepository credentials,
            SecurityContextHolderStrategy securityContext, UserAccountRepository accounts, SignInAttempts attempts,
            Clock clock, AuthenticationEventPublisher authenticationEvents, ApplicationEventPublisher events,
            MessageBundleI18NProvider messages) {
        this.messages = messages;
        this.relyingParty = relyingParty;
        this.credentials = credentials;
        this.securityContext = securityContext;
        this.manager = new ProviderManager(new PasskeyAuthenticationProvider(relyingParty, securityContext,
                new SecondStepRefusals(accounts, attempts, clock), clock, events));
        this.manager.setAuthenticationEventPublisher(authenticationEvents);
    }

    /** In the order they are added after the authorization filter. */
    List<Filter> filters() {
        PublicKeyCredentialRequestOptionsFilter requestOptions = new PublicKeyCredentialRequestOptionsFilter(
                relyingParty);
        requestOptions.setSecurityContextHolderStrategy(securityContext);
        WebAuthnAuthenticationFilter signIn = new WebAuthnAuthenticationFilter();
        signIn.setAuthenticationManager(manager);
        // Adds the passkey's factor to the password's instead of replacing it
        signIn.setMfaEnabled(true);
        signIn.setSecurityContextHolderStrategy(securityContext);
        signIn.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
        RegistrationOptionsFilter creationOptions = new RegistrationOptionsFilter(relyingParty, securityContext);
        WebAuthnRegistrationFilter registration = new WebAuthnRegistrationFilter(credentials, relyingParty);
        registration.setSecurityContextHolderStrategy(securityContext);
        return List.of(requestOptions, signIn, creationOptions, new RegistrationRefusals(messages), registration);
    }
}
