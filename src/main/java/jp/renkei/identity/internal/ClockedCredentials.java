package jp.renkei.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Stored passkeys with the portal's time: Spring Security stamps "registered" and "last used" with the system clock,
 * which the portal never reads (trusted time, one clock for every record). Spring Security saves a passkey when it
 * is registered and each time it signs in, so a save of a new passkey stamps both with the portal's clock, and a save
 * of a known one keeps its registration time and stamps "last used".
 */
final class ClockedCredentials implements UserCredentialRepository {

    private final UserCredentialRepository stored;
    private final Clock clock;

    ClockedCredentials(UserCredentialRepository stored, Clock clock) {
        this.stored = stored;
        this.clock = clock;
    }

    @Override
    public void save(CredentialRecord record) {
        Instant now = clock.instant();
        CredentialRecord known = stored.findByCredentialId(record.getCredentialId());
        stored.save(ImmutableCredentialRecord.fromCredentialRecord(record)
                .created(known == null ? now : known.getCreated()).lastUsed(now).build());
    }

    @Override
    public void delete(Bytes credentialId) {
        stored.delete(credentialId);
    }

    @Override
    public CredentialRecord findByCredentialId(Bytes credentialId) {
        return stored.findByCredentialId(credentialId);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return stored.findByUserId(userId);
    }
}
