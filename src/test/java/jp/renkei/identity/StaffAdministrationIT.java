package jp.renkei.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.shared.Role;
import jp.renkei.shared.UserId;

/** A hospital admin manages exactly the people of their own hospital, and nobody else may. */
@RenkeiIntegrationTest
class StaffAdministrationIT {

    @Autowired
    StaffAdministration staff;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void adminSeesOwnHospitalsStaffOnlyWithTheirRolesThere() {
        signIn.as("hospital-admin");

        var members = staff.members(0, 50);

        assertThat(members).extracting(StaffMember::username)
                .contains("coordinator", "counselor", "panelist", "hospital-admin")
                .doesNotContain("liaison", "liaison2", "network-admin", "aoba-coordinator");
        assertThat(members).filteredOn(m -> m.username().equals("counselor"))
                .singleElement().satisfies(m -> assertThat(m.roles())
                        .containsExactlyInAnyOrder(Role.GENETIC_COUNSELOR, Role.PANEL_MEMBER));
        assertThat(staff.countMembers()).isEqualTo(members.size());
    }

    @Test
    void adminOfAnotherHospitalSeesTheSharedCounselorButNotTheOtherHospitalsStaff() {
        signIn.as("aoba-admin");

        assertThat(staff.members(0, 50)).extracting(StaffMember::username)
                .contains("counselor", "aoba-coordinator").doesNotContain("coordinator", "hospital-admin");
    }

    @Test
    void adminCannotChangeRolesOfSomeoneFromAnotherHospital() {
        signIn.as("hospital-admin");
        UserId liaison = UserId.of(1);

        assertThatThrownBy(() -> staff.setRoles(liaison, Set.of(Role.PANEL_MEMBER)))
                .isInstanceOf(StaffAdministrationException.class)
                .hasMessage("staff.error.notFound");
    }

    @Test
    void addedColleagueCanBeGivenSeveralRolesInOneStep() {
        signIn.as("hospital-admin");
        String username = "new-" + System.nanoTime();

        StaffMember added = staff.addMember(new NewStaffMember(username, "新井 一花", "arai@example.jp",
                "a-long-initial-password", Role.PANEL_MEMBER));
        staff.setRoles(added.id(), EnumSet.of(Role.PANEL_MEMBER, Role.GENETIC_COUNSELOR));

        assertThat(staff.members(0, 100)).filteredOn(m -> m.username().equals(username)).singleElement()
                .satisfies(m -> assertThat(m.roles()).containsExactlyInAnyOrder(Role.PANEL_MEMBER,
                        Role.GENETIC_COUNSELOR));
    }

    @Test
    void invalidNewColleagueIsRefusedAndNothingIsSaved() {
        signIn.as("hospital-admin");
        long before = staff.countMembers();

        assertThatThrownBy(() -> staff.addMember(new NewStaffMember("Bad Name!", "", "not-an-email", "short",
                Role.PANEL_MEMBER))).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> staff.addMember(new NewStaffMember("coordinator", "重複 太郎", null,
                "a-long-initial-password", Role.PANEL_MEMBER)))
                .isInstanceOf(StaffAdministrationException.class).hasMessage("staff.error.usernameTaken");
        assertThat(staff.countMembers()).isEqualTo(before);
    }

    @Test
    void networkAdminRoleCannotBeHandedOutByAHospitalAdmin() {
        signIn.as("hospital-admin");

        assertThatThrownBy(() -> staff.setRoles(UserId.of(3), Set.of(Role.NETWORK_ADMIN)))
                .isInstanceOf(StaffAdministrationException.class).hasMessage("staff.error.roleNotAssignable");
    }

    @Test
    void adminCannotRemoveTheirOwnAdministration() {
        signIn.as("hospital-admin");

        assertThatThrownBy(() -> staff.setRoles(UserId.of(6), Set.of(Role.PANEL_MEMBER)))
                .isInstanceOf(StaffAdministrationException.class).hasMessage("staff.error.cannotRevokeOwnAdmin");
    }

    @Test
    void otherRolesAreRefusedByMethodSecurity() {
        signIn.as("liaison");
        assertThatThrownBy(() -> staff.members(0, 10)).isInstanceOf(AccessDeniedException.class);
        signIn.as("network-admin");
        assertThatThrownBy(() -> staff.members(0, 10)).isInstanceOf(AccessDeniedException.class);
        signIn.out();
        assertThatThrownBy(() -> staff.countMembers()).isInstanceOf(Exception.class);
    }
}
