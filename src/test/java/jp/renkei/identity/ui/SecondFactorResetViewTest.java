package jp.renkei.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.identity.NewStaffMember;
import jp.renkei.identity.SecondFactorSteps;
import jp.renkei.identity.StaffAdministration;
import jp.renkei.shared.Role;

/** The network admin's page resets the second factor of a person of any hospital by user name. */
@RenkeiIntegrationTest
class SecondFactorResetViewTest extends SpringBrowserlessTest {

    static final String PASSWORD = "a quiet harbour at dawn";

    @Autowired
    SignIn signIn;
    @Autowired
    StaffAdministration staff;
    @Autowired
    SecondFactorSteps steps;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theNetworkAdminResetsAHospitalAdminWhoLostTheirPhone() throws Exception {
        signIn.as("aoba-admin");
        String username = "lost-" + System.nanoTime();
        staff.addMember(new NewStaffMember(username, "紛失 試験", null, PASSWORD, Role.HOSPITAL_ADMIN));
        signIn.out();
        steps.enrol(steps.password(username, PASSWORD, "198.51.100.70"), "198.51.100.70");
        signIn.as("network-admin");

        UI.getCurrent().navigate("admin/second-factor-reset");
        test($(TextField.class).id("reset-username")).setValue(username);
        test($(Button.class).id("reset-second-factor")).click();

        assertThat(jdbc.sql("select count(*) from user_account where username = ? and totp_secret is null")
                .param(username).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select actor_name from audit_entry where subject = ? and action = 'SECOND_FACTOR_RESET'")
                .param("user:" + username).query(String.class).list()).hasSize(1);
    }
}
