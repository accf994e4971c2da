package jp.renkei.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.shared.Role;

/**
 * A password an admin chose is replaced by its holder at the first sign-in; everybody can change their own
 * with the current one and the new one twice; common and short ones are refused wherever they are chosen.
 */
@RenkeiIntegrationTest
class OwnPasswordIT {

    static final String INITIAL = "a quiet harbour at dawn";

    @Autowired
    StaffAdministration staff;
    @Autowired
    OwnPassword password;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aColleagueAddedByTheAdminMustChooseTheirOwnPasswordAndThenNoLonger() {
        String username = colleague(INITIAL);
        signIn.as(username);
        assertThat(password.mustChange()).isTrue();

        password.change(INITIAL, "the lighthouse keeper sleeps", "the lighthouse keeper sleeps");

        assertThat(password.mustChange()).isFalse();
    }

    @Test
    void demoUsersKeepSigningInWithoutAForcedChange() {
        signIn.as("coordinator");

        assertThat(password.mustChange()).isFalse();
    }

    @Test
    void aChangeNeedsTheCurrentPasswordTheSameNewOneTwiceAndAnUncommonOne() {
        signIn.as(colleague(INITIAL));

        assertRefused("not the current one", "the lighthouse keeper sleeps", "the lighthouse keeper sleeps",
                "password.error.current");
        assertRefused(INITIAL, "the lighthouse keeper sleeps", "the lighthouse keeper slept",
                "password.error.mismatch");
        assertRefused(INITIAL, "qwertyuiopasdfghjkl", "qwertyuiopasdfghjkl", "password.error.common");
        assertRefused(INITIAL, "short one", "short one", "password.error.length");
        assertThat(password.mustChange()).isTrue();
    }

    @Test
    void anAdminCannotGiveACommonInitialPassword() {
        signIn.as("hospital-admin");

        assertThatThrownBy(() -> staff.addMember(new NewStaffMember("common-" + System.nanoTime(), "共通 太郎",
                null, "1234567890qw", Role.PANEL_MEMBER)))
                .isInstanceOf(StaffAdministrationException.class).hasMessage("password.error.common");
    }

    private void assertRefused(String current, String next, String repeated, String why) {
        assertThatThrownBy(() -> password.change(current, next, repeated))
                .isInstanceOf(PasswordRefusedException.class).hasMessage(why);
    }

    private String colleague(String initialPassword) {
        signIn.as("hospital-admin");
        String username = "pw-" + System.nanoTime();
        staff.addMember(new NewStaffMember(username, "合言葉 試験", null, initialPassword, Role.PANEL_MEMBER));
        signIn.out();
        return username;
    }
}
