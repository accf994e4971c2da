package jp.renkei.identity;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;

import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.text.FreeText;
import jp.renkei.shared.workflow.NotFound;
import jp.renkei.shared.workflow.Refused;

/**
 * A person's own passkeys as the screens see them: whether they have one (the sign-in step offers it then), the
 * list with labels, and removal. Registering one is Spring Security's endpoint (PasskeyStep), called by the page's
 * script after {@link #label} accepted the label.
 */
@Service
public class Passkeys {

    /** The longest label a passkey may carry. */
    public static final int LABEL_LENGTH = 100;
    /** The bundle key of the label field, named when a label is refused. */
    public static final String LABEL_FIELD = "input.field.passkeyLabel";

    private final PublicKeyCredentialUserEntityRepository users;
    private final UserCredentialRepository credentials;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    Passkeys(PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials,
            CurrentUser currentUser, ApplicationEventPublisher events) {
        this.users = users;
        this.credentials = credentials;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Whether the person at the second sign-in step may use a passkey instead of the code. */
    @PreAuthorize("@signInStage.passwordAccepted()")
    public boolean registered() {
        return !records().isEmpty();
    }

    @PreAuthorize("@signInStage.complete()")
    public List<Passkey> mine() {
        return records().stream()
                .map(r -> new Passkey(r.getCredentialId().toBase64UrlString(), r.getLabel(), r.getCreated(),
                        usedForSignIn(r) ? r.getLastUsed() : null))
                .sorted(Comparator.comparing(Passkey::registeredAt))
                .toList();
    }

    /** {@code typed} as a passkey's label, or refused (blank, too long, control characters) before the prompt. */
    @PreAuthorize("@signInStage.complete()")
    public String label(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new Refused("passkey.error.labelRequired", "blank passkey label");
        }
        return FreeText.line(LABEL_FIELD, typed.strip(), LABEL_LENGTH);
    }

    /** Removes one of the person's own passkeys; another person's is "not found", like a missing one. */
    @PreAuthorize("@signInStage.complete()")
    public void remove(String credentialId) {
        boolean mine = records().stream().anyMatch(r -> r.getCredentialId().toBase64UrlString().equals(credentialId));
        if (!mine) {
            throw new NotFound("passkey " + credentialId);
        }
        credentials.delete(Bytes.fromBase64(credentialId));
        SignedInUser user = currentUser.require();
        events.publishEvent(AuditEvent.byUser(user.id(), user.displayName(), user.activeHospital(),
                "PASSKEY_REMOVED", "user:" + user.username(), null));
    }

    /**
     * Spring Security stamps "last used" at registration too; a passkey counts as used once a sign-in moved the stamp
     * on (a sign-in within a second of registering it is not a thing a person does).
     */
    private static boolean usedForSignIn(CredentialRecord record) {
        return record.getLastUsed() != null && record.getCreated() != null
                && record.getLastUsed().isAfter(record.getCreated().plusSeconds(1));
    }

    private List<CredentialRecord> records() {
        PublicKeyCredentialUserEntity entity = users.findByUsername(currentUser.require().username());
        return entity == null ? List.of() : credentials.findByUserId(entity.getId());
    }

    /**
     * One registered passkey: its id (base64url), the label its owner gave it, when registered, and when it last
     * signed in (null: not yet).
     */
    public record Passkey(String credentialId, String label, Instant registeredAt, Instant lastUsedAt) {
    }
}
