package jp.renkei.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.assertj.core.data.TemporalUnitOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.shared.Role;
import jp.renkei.shared.text.InputRefused;
import jp.renkei.shared.workflow.NotFound;

/**
 * A person's passkeys: listed with their labels, removed by their owner only (another person's is "not found"),
 * the removal audited; labels checked like free text; the sign-in step offers a passkey only to someone who has one;
 * registration and use are stamped with the portal's clock, not the system's.
 */
@RenkeiIntegrationTest
class PasskeysIT {

    @Autowired
    Passkeys passkeys;
    @Autowired
    StaffAdministration staff;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    PublicKeyCredentialUserEntityRepository passkeyUsers;
    @Autowired
    UserCredentialRepository passkeyCredentials;

    @AfterEach
    void signOut() {
        clock.reset();
        signIn.out();
    }

    /** The test clock ticks on from the moment set, like a real one: days away from the system's time all the same. */
    static final TemporalUnitOffset TICKED = within(5, ChronoUnit.SECONDS);

    @Test
    void aPasskeyShowsWhenItWasRegisteredAndLastUsedByThePortalsClock() {
        String owner = colleague();
        Instant registered = Instant.parse("2026-12-03T00:15:00Z");
        Instant used = Instant.parse("2026-12-04T05:30:00Z");
        PublicKeyCredentialUserEntity entity = ImmutablePublicKeyCredentialUserEntity.builder().id(Bytes.random())
                .name(owner).displayName(owner).build();
        passkeyUsers.save(entity);

        clock.set(registered);
        // As Spring Security builds a new passkey: its builder stamps the system's time
        passkeyCredentials.save(ImmutableCredentialRecord.builder().credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .credentialId(Bytes.random()).userEntityUserId(entity.getId())
                .publicKey(new ImmutablePublicKeyCose(new byte[] { 1, 2, 3 })).signatureCount(0).uvInitialized(true)
                .transports(Set.of(AuthenticatorTransport.INTERNAL)).backupEligible(false).backupState(false)
                .attestationObject(new Bytes(new byte[] { 4 })).attestationClientDataJSON(new Bytes(new byte[] { 5 }))
                .label("病棟のPC").build());
        signIn.as(owner);
        assertThat(passkeys.mine()).singleElement().satisfies(key -> {
            assertThat(key.registeredAt()).isCloseTo(registered, TICKED);
            assertThat(key.lastUsedAt()).as("not used to sign in yet").isNull();
        });

        clock.set(used);
        // As Spring Security records a sign-in with it
        CredentialRecord stored = passkeyCredentials.findByUserId(entity.getId()).getFirst();
        passkeyCredentials.save(ImmutableCredentialRecord.fromCredentialRecord(stored).signatureCount(1)
                .lastUsed(Instant.EPOCH).build());
        assertThat(passkeys.mine()).singleElement().satisfies(key -> {
            assertThat(key.registeredAt()).isCloseTo(registered, TICKED);
            assertThat(key.lastUsedAt()).isCloseTo(used, TICKED);
        });
    }

    @Test
    void theOwnerSeesAndRemovesTheirPasskeyAndNobodyElseCan() {
        String owner = colleague();
        String other = colleague();
        String ownersKey = StoredPasskeys.add(jdbc, owner, "診察室のPC");
        StoredPasskeys.add(jdbc, other, "自宅のノートPC");

        signIn.afterPasswordOnly(owner);
        assertThat(passkeys.registered()).as("offered at the second step").isTrue();
        assertThatThrownBy(passkeys::mine).as("the list needs both factors").isInstanceOf(AccessDeniedException.class);

        signIn.as(other);
        assertThat(passkeys.mine()).extracting(Passkeys.Passkey::label).containsExactly("自宅のノートPC");
        assertThatThrownBy(() -> passkeys.remove(ownersKey)).isInstanceOf(NotFound.class);

        signIn.as(owner);
        Passkeys.Passkey mine = passkeys.mine().getFirst();
        assertThat(mine.label()).isEqualTo("診察室のPC");
        assertThat(mine.lastUsedAt()).as("never used to sign in").isNull();
        passkeys.remove(ownersKey);

        assertThat(passkeys.mine()).isEmpty();
        signIn.afterPasswordOnly(owner);
        assertThat(passkeys.registered()).isFalse();
        assertThat(jdbc.sql("select action from audit_entry where subject = ? order by id").param("user:" + owner)
                .query(String.class).list()).contains("PASSKEY_REMOVED");
    }

    @Test
    void aLabelIsRequiredAndCheckedLikeFreeText() {
        signIn.as("coordinator");

        assertThat(passkeys.label("  受付のPC ")).isEqualTo("受付のPC");
        assertThatThrownBy(() -> passkeys.label(" ")).hasMessageStartingWith("passkey.error.labelRequired");
        assertThatThrownBy(() -> passkeys.label("PC\u202Eevil")).isInstanceOf(InputRefused.class);
        assertThatThrownBy(() -> passkeys.label("P".repeat(Passkeys.LABEL_LENGTH + 1)))
                .isInstanceOf(InputRefused.class);
    }

    private String colleague() {
        signIn.as("hospital-admin");
        String username = "keys-" + System.nanoTime();
        staff.addMember(new NewStaffMember(username, "鍵 所有", null, "a quiet harbour at dawn", Role.PANEL_MEMBER));
        return username;
    }
}
