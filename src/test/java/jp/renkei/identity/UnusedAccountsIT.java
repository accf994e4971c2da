package jp.renkei.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.identity.internal.PendingEnrolment;
import jp.renkei.shared.Role;

/**
 * A complete sign-in (password and authenticator code) records its time from the application clock, and the
 * hospital admin's 90-day filter lists the accounts of their own hospital nobody has used since: not the recently
 * used, not the just created, not another hospital's.
 */
@RenkeiIntegrationTest
class UnusedAccountsIT {

    static final String PASSWORD = "a quiet harbour at dawn";

    @Autowired
    StaffAdministration staff;
    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;
    @Autowired
    SecondFactorSteps steps;

    @AfterEach
    void resetClock() {
        clock.reset();
        signIn.out();
    }

    @Test
    void aCompleteSignInRecordsItsTimeButThePasswordAloneDoesNot() throws Exception {
        String person = added("hospital-admin", "first");
        steps.password(person, PASSWORD, "198.51.100.40");
        assertThat(member("hospital-admin", person).lastSignedIn()).as("after the password only").isNull();

        clock.advance(Duration.ofHours(3));
        Instant before = clock.instant();
        enrolAndSignIn(person, "198.51.100.40");
        Instant after = clock.instant();

        StaffMember seen = member("hospital-admin", person);
        // the test clock runs on from where it was set; the database keeps microseconds
        assertThat(seen.lastSignedIn()).isBetween(before.truncatedTo(ChronoUnit.MICROS), after);
        assertThat(seen.unused()).isFalse();
    }

    @Test
    void theFilterListsExactlyTheOwnHospitalsAccountsUnusedForNinetyDays() throws Exception {
        String gone = added("hospital-admin", "gone");
        String busy = added("hospital-admin", "busy");
        String aobaGone = added("aoba-admin", "aoba-gone");
        enrolAndSignIn(gone, "198.51.100.41");
        PendingEnrolment busyApp = enrolAndSignIn(busy, "198.51.100.42");
        enrolAndSignIn(aobaGone, "198.51.100.43");

        clock.advance(Duration.ofDays(60));
        steps.code(steps.password(busy, PASSWORD, "198.51.100.42"),
                steps.freshCode(busy, busyApp.secretBase32()), "198.51.100.42");
        clock.advance(Duration.ofDays(40));
        String justAdded = added("hospital-admin", "new");

        signIn.as("hospital-admin");
        List<StaffMember> unused = staff.unusedMembers(0, 500);
        assertThat(unused).extracting(StaffMember::username).contains(gone)
                .doesNotContain(busy, justAdded, aobaGone);
        assertThat(unused).allSatisfy(m -> assertThat(m.unused()).isTrue());
        assertThat(unused).containsExactlyInAnyOrderElementsOf(
                staff.members(0, 500).stream().filter(StaffMember::unused).toList());
        assertThat(staff.countUnusedMembers()).isEqualTo(unused.size());

        signIn.as("aoba-admin");
        assertThat(staff.unusedMembers(0, 500)).extracting(StaffMember::username).contains(aobaGone)
                .doesNotContain(gone);
    }

    @Test
    void onlyHospitalAdminsMayListUnusedAccounts() {
        signIn.as("coordinator");

        assertThatThrownBy(() -> staff.unusedMembers(0, 50)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.countUnusedMembers()).isInstanceOf(AccessDeniedException.class);
    }

    private String added(String admin, String prefix) {
        signIn.as(admin);
        String username = prefix + "-" + System.nanoTime();
        staff.addMember(new NewStaffMember(username, "未使 試験", null, PASSWORD, Role.PANEL_MEMBER));
        signIn.out();
        return username;
    }

    private PendingEnrolment enrolAndSignIn(String username, String address) throws Exception {
        return steps.enrol(steps.password(username, PASSWORD, address), address);
    }

    private StaffMember member(String admin, String username) {
        signIn.as(admin);
        try {
            return staff.members(0, 500).stream().filter(m -> m.username().equals(username)).findFirst()
                    .orElseThrow();
        } finally {
            signIn.out();
        }
    }
}
