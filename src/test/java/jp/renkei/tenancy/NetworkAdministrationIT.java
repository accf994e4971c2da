package jp.renkei.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.audit.AuditRecord;
import jp.renkei.audit.AuditTrail;
import jp.renkei.identity.ActiveHospitalSwitch;
import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.NewStaffMember;
import jp.renkei.identity.StaffAdministration;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.Role;

/** Network admins shape the network; partnerships follow the tier rules; every change is audited. */
@RenkeiIntegrationTest
class NetworkAdministrationIT {

    @Autowired
    HospitalDirectory directory;
    @Autowired
    AuditTrail audit;
    @Autowired
    ActiveHospitalSwitch hospitalSwitch;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    CurrentHospital currentHospital;
    @Autowired
    StaffAdministration staff;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void registeredLiaisonHospitalCanBeLinkedToACoreHospitalButNotToAnotherLiaison() {
        signIn.as("network-admin");
        String code = "L-T" + (System.nanoTime() % 100000);
        HospitalSummary added = directory.register(new HospitalForm(code, "試験連携病院", "Test Liaison Hospital",
                HospitalTier.LIAISON, false, "13", null));

        directory.link(added.id(), HospitalId.of(1));

        assertThat(directory.partnersOf(added.id())).extracting(l -> l.hospital().code()).containsExactly("C-TOTO");
        assertThat(directory.partnersOf(HospitalId.of(1))).extracting(l -> l.hospital().code()).contains(code);
        assertThat(directory.withPartners(added.id())).as("whose counselors it may book")
                .extracting(HospitalSummary::code).containsExactly(code, "C-TOTO");
        assertThat(directory.withPartners(HospitalId.of(1))).extracting(HospitalSummary::code).startsWith("C-TOTO")
                .containsSubsequence(directory.partnersOf(HospitalId.of(1)).stream().map(l -> l.hospital().code())
                        .toArray(String[]::new));
        assertThatThrownBy(() -> directory.link(added.id(), HospitalId.of(5)))
                .isInstanceOf(NetworkAdministrationException.class).hasMessage("partnership.error.wrongTiers");
        assertThatThrownBy(() -> directory.link(added.id(), HospitalId.of(1)))
                .isInstanceOf(NetworkAdministrationException.class).hasMessage("partnership.error.exists");
        assertThat(audit.page(0, 20)).extracting(AuditRecord::action).contains("HOSPITAL_REGISTERED",
                "PARTNERSHIP_LINKED");
    }

    @Test
    void duplicateHospitalCodeIsRefused() {
        signIn.as("network-admin");

        assertThatThrownBy(() -> directory.register(new HospitalForm("C-TOTO", "重複", "Duplicate",
                HospitalTier.CORE, true, "13", null)))
                .isInstanceOf(NetworkAdministrationException.class).hasMessage("hospital.error.codeTaken");
    }

    @Test
    void hospitalStaffCannotAdministerTheNetwork() {
        signIn.as("coordinator");

        assertThatThrownBy(() -> directory.search(new HospitalQuery(null, null), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.link(HospitalId.of(9), HospitalId.of(1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(directory.partnersOf(HospitalId.of(1))).isNotEmpty();
    }

    @Test
    void hospitalAdminReadsOnlyTheirOwnHospitalsAuditEntries() {
        String suffix = Long.toString(System.nanoTime());
        signIn.as("aoba-admin");
        staff.addMember(new NewStaffMember("aoba-" + suffix, "青葉 次郎", null, "a-long-initial-password",
                Role.PANEL_MEMBER));
        signIn.as("hospital-admin");
        staff.addMember(new NewStaffMember("toto-" + suffix, "東都 花子", null, "a-long-initial-password",
                Role.PANEL_MEMBER));

        assertThat(audit.page(0, 200))
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.hospitalId()).isEqualTo(1L))
                .extracting(AuditRecord::subject)
                .contains("user:toto-" + suffix)
                .doesNotContain("user:aoba-" + suffix);
        signIn.as("network-admin");
        assertThat(audit.page(0, 200)).extracting(AuditRecord::subject)
                .contains("user:toto-" + suffix, "user:aoba-" + suffix);
    }

    @Test
    void counselorWorkingForTwoHospitalsSwitchesExplicitlyAndOnlyToTheirOwn() {
        signIn.as("counselor");
        assertThat(currentHospital.details()).map(h -> h.name(Locale.JAPANESE)).contains("東都大学医学部附属病院");

        hospitalSwitch.switchTo(HospitalId.of(3));

        assertThat(currentHospital.details()).map(HospitalSummary::code).contains("D-AOBA");
        assertThat(currentUser.require().activeHospital()).isEqualTo(HospitalId.of(3));
        assertThatThrownBy(() -> hospitalSwitch.switchTo(HospitalId.of(5))).isInstanceOf(AccessDeniedException.class);
        assertThat(currentHospital.details()).map(HospitalSummary::code).contains("D-AOBA");
    }
}
