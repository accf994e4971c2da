package jp.renkei.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.AuthenticationException;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.identity.NewStaffMember;
import jp.renkei.identity.OwnPassword;
import jp.renkei.identity.SecondFactorSteps;
import jp.renkei.identity.StaffAdministration;
import jp.renkei.shared.Role;

/**
 * The sign-in settings page: a person moves to a new authenticator app only after a code of the current one, and
 * from then on only the new app's codes sign in; the page lists the person's passkeys (none yet).
 */
@RenkeiIntegrationTest
class AccountSecurityViewTest extends SpringBrowserlessTest {

    static final String INITIAL = "a quiet harbour at dawn";
    static final String OWN = "the lighthouse keeper sleeps";
    static final String ADDRESS = "198.51.100.50";

    @Autowired
    SignIn signIn;
    @Autowired
    StaffAdministration staff;
    @Autowired
    OwnPassword ownPassword;
    @Autowired
    SecondFactorSteps steps;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    String username;
    String oldSecret;

    @BeforeEach
    void colleagueWithAnAuthenticatorApp() throws Exception {
        signIn.as("hospital-admin");
        username = "replace-" + System.nanoTime();
        staff.addMember(new NewStaffMember(username, "切替 試験", null, INITIAL, Role.PANEL_MEMBER));
        signIn.as(username);
        ownPassword.change(INITIAL, OWN, OWN);
        oldSecret = steps.enrol(steps.password(username, OWN, ADDRESS), ADDRESS).secretBase32();
        clock.advance(Duration.ofSeconds(30));
        signIn.as(username);
    }

    @AfterEach
    void signOut() {
        clock.reset();
        signIn.out();
    }

    @Test
    void theNewAppReplacesTheOldOneOnlyAfterACodeOfTheOldOne() throws Exception {
        UI.getCurrent().navigate("account/security");
        assertThat($(Div.class).id("passkey-list").getElement().getTextRecursively())
                .contains("登録されたパスキーはありません");

        test($(TextField.class).id("replace-current-code")).setValue("000000".equals(steps.codeNow(oldSecret))
                ? "111111" : "000000");
        test($(Button.class).id("replace-start")).click();
        assertThat($(Span.class).withId("replace-secret").all()).as("no new key after a wrong code").isEmpty();

        test($(TextField.class).id("replace-current-code")).setValue(steps.codeNow(oldSecret));
        test($(Button.class).id("replace-start")).click();
        String newSecret = $(Span.class).id("replace-secret").getText().replace(" ", "");
        test($(TextField.class).id("replace-new-code")).setValue(steps.codeNow(newSecret));
        test($(Button.class).id("replace-confirm")).click();

        clock.advance(Duration.ofSeconds(30));
        assertThatThrownBy(() -> steps.code(steps.password(username, OWN, ADDRESS), steps.codeNow(oldSecret),
                ADDRESS)).as("the old app").isInstanceOf(AuthenticationException.class);
        clock.advance(Duration.ofSeconds(30));
        assertThat(steps.code(steps.password(username, OWN, ADDRESS), steps.codeNow(newSecret), ADDRESS)
                .isAuthenticated()).as("the new app").isTrue();
        assertThat(jdbc.sql("select action from audit_entry where subject = ? order by id").param("user:" + username)
                .query(String.class).list()).containsSubsequence("SECOND_FACTOR_ENROLLED", "SECOND_FACTOR_REPLACED");
    }
}
