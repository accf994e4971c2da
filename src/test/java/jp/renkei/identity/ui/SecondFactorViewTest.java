package jp.renkei.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.identity.NewStaffMember;
import jp.renkei.identity.StaffAdministration;
import jp.renkei.identity.internal.PendingEnrolment;
import jp.renkei.shared.Role;

/**
 * After the password, every page is the second step; a person without an authenticator app is shown the QR
 * code, the secret as text and ten recovery codes there, once.
 */
@RenkeiIntegrationTest
class SecondFactorViewTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;
    @Autowired
    StaffAdministration staff;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aNewColleagueIsShownTheEnrolmentWhereverTheyGoUntilTheyConfirmIt() {
        signIn.as("hospital-admin");
        String username = "enrol-" + System.nanoTime();
        staff.addMember(new NewStaffMember(username, "登録 試験", null, "a quiet harbour at dawn", Role.PANEL_MEMBER));
        signIn.afterPasswordOnly(username);

        UI.getCurrent().navigate("referrals");

        assertThat(getCurrentView()).isInstanceOf(SecondFactorView.class);
        assertThat($(Image.class).id("second-factor-qr").getSrc()).startsWith("data:image/svg+xml;base64,");
        PendingEnrolment pending = (PendingEnrolment) VaadinSession.getCurrent().getSession()
                .getAttribute(PendingEnrolment.SESSION_ATTRIBUTE);
        assertThat($(Span.class).id("second-factor-secret").getText().replace(" ", ""))
                .isEqualTo(pending.secretBase32());
        assertThat($(ListItem.class).all()).extracting(ListItem::getText)
                .containsExactlyElementsOf(pending.recoveryCodes()).hasSize(10);
        assertThat(pending.toString()).doesNotContain(pending.secretBase32());

        UI.getCurrent().navigate("");
        assertThat($(Span.class).id("second-factor-secret").getText().replace(" ", ""))
                .as("after a mistyped code, the same key: no need to scan again").isEqualTo(pending.secretBase32());
    }

    @Test
    void anEnrolledPersonIsAskedForTheCodeOnly() {
        signIn.afterPasswordOnly("coordinator");

        UI.getCurrent().navigate("");

        assertThat(getCurrentView()).isInstanceOf(SecondFactorView.class);
        assertThat($(Image.class).all()).isEmpty();
        assertThat($(ListItem.class).all()).isEmpty();
    }

    @Test
    void bothFactorsOpenThePortal() {
        signIn.as("coordinator");

        UI.getCurrent().navigate("");

        assertThat(getCurrentView()).isNotInstanceOf(SecondFactorView.class);
    }
}
