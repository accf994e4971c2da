package jp.renkei.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.sql.Timestamp;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.identity.SecondFactor;

/**
 * The passkey step's own rules, with the signature check (Spring Security and webauthn4j, driven for real by
 * PasskeyE2E) standing in as "this passkey belongs to that person": a passkey completes the sign-in of the person
 * whose password this session accepted, never another person's passkey, never without the password, never while the
 * account is locked.
 */
@RenkeiIntegrationTest
class PasskeyAuthenticationProviderIT {

    @Autowired
    SignIn signIn;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    SignInAttempts attempts;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;

    /** Who the passkey that "signed" belongs to. */
    String passkeyOwner;
    PasskeyAuthenticationProvider provider;

    @BeforeEach
    void provider() {
        provider = new PasskeyAuthenticationProvider(new SignedBy(), securityContext,
                new SecondStepRefusals(accounts, attempts, clock), clock, events);
    }

    @AfterEach
    void signOut() {
        jdbc.sql("update user_account set locked_until = null where username = 'counselor'").update();
        clock.reset();
        signIn.out();
    }

    @Test
    void theOwnPasskeyAfterThePasswordCompletesTheSignIn() {
        signIn.afterPasswordOnly("counselor");
        passkeyOwner = "counselor";

        Authentication signedIn = provider.authenticate(attempt());

        assertThat(signedIn.getPrincipal()).isInstanceOf(RenkeiUserDetails.class);
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains(FactorGrantedAuthority.WEBAUTHN_AUTHORITY, SecondFactor.AUTHORITY);
        assertThat(jdbc.sql("select count(*) from audit_entry where subject = 'user:counselor' and action = 'PASSKEY_USED'")
                .query(Integer.class).single()).isPositive();
    }

    @Test
    void anotherPersonsPasskeyOrNoPasswordOrALockedAccountIsRefused() {
        signIn.afterPasswordOnly("counselor");
        passkeyOwner = "coordinator";
        assertThatThrownBy(() -> provider.authenticate(attempt())).isInstanceOf(BadCredentialsException.class);

        signIn.out();
        passkeyOwner = "counselor";
        assertThatThrownBy(() -> provider.authenticate(attempt())).isInstanceOf(BadCredentialsException.class);

        jdbc.sql("update user_account set locked_until = ? where username = 'counselor'")
                .param(Timestamp.from(clock.instant().plus(Duration.ofMinutes(10)))).update();
        signIn.afterPasswordOnly("counselor");
        assertThatThrownBy(() -> provider.authenticate(attempt())).isInstanceOf(LockedException.class);
    }

    private static WebAuthnAuthenticationRequestToken attempt() {
        return new WebAuthnAuthenticationRequestToken(mock(RelyingPartyAuthenticationRequest.class));
    }

    /** A relying party whose every passkey answer verifies and belongs to {@link #passkeyOwner}. */
    private final class SignedBy implements WebAuthnRelyingPartyOperations {

        @Override
        public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
            return ImmutablePublicKeyCredentialUserEntity.builder().id(Bytes.random()).name(passkeyOwner)
                    .displayName(passkeyOwner).build();
        }

        @Override
        public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
                PublicKeyCredentialCreationOptionsRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
                PublicKeyCredentialRequestOptionsRequest request) {
            throw new UnsupportedOperationException();
        }
    }
}
