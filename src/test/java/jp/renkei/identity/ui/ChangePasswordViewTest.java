package jp.renkei.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.identity.NewStaffMember;
import jp.renkei.identity.StaffAdministration;
import jp.renkei.shared.Role;

/** Someone whose password an admin chose lands on the change-password page wherever they go, until they change it. */
@RenkeiIntegrationTest
class ChangePasswordViewTest extends SpringBrowserlessTest {

    static final String INITIAL = "a quiet harbour at dawn";
    static final String OWN = "the lighthouse keeper sleeps";

    @Autowired
    SignIn signIn;
    @Autowired
    StaffAdministration staff;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aNewColleagueIsSentToChangeTheirPasswordAndThenReachesThePortal() {
        signIn.as("hospital-admin");
        String username = "gate-" + System.nanoTime();
        staff.addMember(new NewStaffMember(username, "門 試験", null, INITIAL, Role.PANEL_MEMBER));
        signIn.as(username);

        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);

        ChangePasswordView view = (ChangePasswordView) getCurrentView();
        test(view.current).setValue(INITIAL);
        test(view.next).setValue(OWN);
        test(view.repeated).setValue(OWN);
        test(view.change).click();

        assertThat(getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
    }

    @Test
    void aDemoUserGoesStraightToThePortal() {
        signIn.as("coordinator");

        UI.getCurrent().navigate("");

        assertThat(getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
    }
}
