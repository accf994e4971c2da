package jp.renkei.identity.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.Passkeys;
import jp.renkei.identity.SignedInUser;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.text.FreeText;
import jp.renkei.shared.workflow.Refused;

/**
 * Spring Security's relying party with the portal's rules around registration: the label the person typed is
 * checked like any free text before anything is stored (a refusal is a 400: {@link RegistrationRefusals}), and each new passkey is audited ({@code PASSKEY_REGISTERED},
 * the label is not written to the trail). Using a passkey is audited where the sign-in step accepts it.
 */
final class AuditedRelyingParty implements WebAuthnRelyingPartyOperations {

    private final WebAuthnRelyingPartyOperations delegate;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    AuditedRelyingParty(WebAuthnRelyingPartyOperations delegate, CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.delegate = delegate;
        this.currentUser = currentUser;
        this.events = events;
    }

    @Override
    public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
            PublicKeyCredentialCreationOptionsRequest request) {
        return delegate.createPublicKeyCredentialCreationOptions(request);
    }

    @Override
    public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
        String label = request.getPublicKey().getLabel();
        if (label == null || label.isBlank()) {
            throw new Refused("passkey.error.labelRequired", "blank passkey label");
        }
        FreeText.line(Passkeys.LABEL_FIELD, label, Passkeys.LABEL_LENGTH);
        CredentialRecord registered = delegate.registerCredential(request);
        SignedInUser user = currentUser.require();
        events.publishEvent(AuditEvent.byUser(user.id(), user.displayName(), user.activeHospital(),
                "PASSKEY_REGISTERED", "user:" + user.username(), null));
        return registered;
    }

    @Override
    public PublicKeyCredentialRequestOptions createCredentialRequestOptions(PublicKeyCredentialRequestOptionsRequest request) {
        return delegate.createCredentialRequestOptions(request);
    }

    @Override
    public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
        return delegate.authenticate(request);
    }
}
