package jp.renkei.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.shared.Role;
import jp.renkei.shared.UserId;

/**
 * A lost phone: a hospital admin resets the second factor of their own hospital's staff (app, recovery codes and
 * passkeys forgotten, open sessions ended, audited), never another hospital's; the network admin resets anyone's;
 * nobody resets their own (they switch apps after proving the current one instead).
 */
@RenkeiIntegrationTest
class SecondFactorResetIT {

    static final String PASSWORD = "a quiet harbour at dawn";
    static final String ADDRESS = "198.51.100.60";

    @Autowired
    StaffAdministration staff;
    @Autowired
    SecondFactorSteps steps;
    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    String username;
    UserId user;

    @BeforeEach
    void colleagueWithAppRecoveryCodesAndAPasskey() throws Exception {
        signIn.as("hospital-admin");
        username = "reset-" + System.nanoTime();
        user = staff.addMember(new NewStaffMember(username, "再設定 試験", null, PASSWORD, Role.PANEL_MEMBER)).id();
        signIn.out();
        steps.enrol(steps.password(username, PASSWORD, ADDRESS), ADDRESS);
        StoredPasskeys.add(jdbc, username, "診察室のPC");
    }

    @AfterEach
    void signOut() {
        clock.reset();
        signIn.out();
    }

    @Test
    void aHospitalAdminResetsTheirOwnStaffAndTheyEnrolAgain() {
        signIn.as("hospital-admin");

        staff.resetSecondFactor(user);

        assertThat(count("select count(*) from user_account where username = ? and totp_secret is null "
                + "and sessions_ended_at is not null")).as("no app, open sessions ended").isEqualTo(1);
        assertThat(count("select count(*) from recovery_code r join user_account a on a.id = r.user_id "
                + "where a.username = ?")).as("no recovery codes").isZero();
        assertThat(count("select count(*) from user_credentials c join user_entities e "
                + "on e.id = c.user_entity_user_id where e.name = ?")).as("no passkeys").isZero();
        assertThat(jdbc.sql("select actor_name from audit_entry where subject = ? and action = 'SECOND_FACTOR_RESET'")
                .param("user:" + username).query(String.class).list()).hasSize(1);
    }

    @Test
    void anotherHospitalsAdminCannotResetThemButTheNetworkAdminCan() {
        signIn.as("aoba-admin");
        assertThatThrownBy(() -> staff.resetSecondFactor(user)).isInstanceOf(StaffAdministrationException.class)
                .hasMessage("staff.error.notFound");
        assertThatThrownBy(() -> staff.resetSecondFactorOfAnyone(username))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count("select count(*) from user_account where username = ? and totp_secret is not null"))
                .isEqualTo(1);

        signIn.as("network-admin");
        assertThatThrownBy(() -> staff.resetSecondFactorOfAnyone("nobody-" + username))
                .isInstanceOf(StaffAdministrationException.class).hasMessage("staff.error.noSuchUser");
        staff.resetSecondFactorOfAnyone(username);

        assertThat(count("select count(*) from user_account where username = ? and totp_secret is null"))
                .isEqualTo(1);
    }

    @Test
    void nobodyResetsTheirOwnSecondFactor() {
        signIn.as("hospital-admin");
        UserId self = staff.members(0, 500).stream().filter(m -> m.username().equals("hospital-admin")).findFirst()
                .orElseThrow().id();

        assertThatThrownBy(() -> staff.resetSecondFactor(self)).isInstanceOf(StaffAdministrationException.class)
                .hasMessage("staff.error.cannotResetOwnSecondFactor");
    }

    private int count(String sql) {
        return jdbc.sql(sql).param(username).query(Integer.class).single();
    }
}
