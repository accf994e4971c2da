package jp.renkei.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.shared.Role;
import jp.renkei.shared.text.InputRefused;
import jp.renkei.shared.workflow.NotFound;

/**
 * A person's passkeys: listed with their labels, removed by their owner only (another person's is "not found"),
 * the removal audited; labels checked like free text; the sign-in step offers a passkey only to someone who has one.
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

    @AfterEach
    void signOut() {
        signIn.out();
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
