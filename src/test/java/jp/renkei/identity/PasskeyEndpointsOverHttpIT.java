package jp.renkei.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.TestClockConfiguration;
import jp.renkei.shared.Role;
import jp.renkei.shared.UserId;

/**
 * Spring Security's WebAuthn endpoints as the portal configures them, over real HTTP: the passkey sign-in pair
 * only after the password, registration only after both factors, every post with the CSRF token, removal only
 * through the portal's own (audited) screen, a label the page would refuse a 400 with nothing stored; and an admin's reset of a second factor ends the person's session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
@ActiveProfiles({ "demo", "it" })
class PasskeyEndpointsOverHttpIT {

    static final String PASSWORD = "a quiet harbour at dawn";

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration staff;
    @Autowired
    SignIn signIn;
    @Autowired
    SecondFactorSteps steps;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    HttpBrowser browser;
    String username;
    String secret;

    @BeforeEach
    void colleagueWithAnAuthenticatorApp() throws Exception {
        browser = new HttpBrowser(port);
        signIn.as("hospital-admin");
        try {
            username = "passkey-" + System.nanoTime();
            staff.addMember(new NewStaffMember(username, "鍵 試験", null, PASSWORD, Role.PANEL_MEMBER));
        } finally {
            signIn.out();
        }
        secret = steps.enrol(steps.password(username, PASSWORD, "198.51.100.40"), "198.51.100.40").secretBase32();
        clock.advance(Duration.ofSeconds(30));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void nobodySignedInGetsNoPasskeyOptionsAndCannotAnswerOne() throws Exception {
        String csrf = browser.csrfTokenOf("/login");

        HttpResponse<String> options = browser.postJson("/webauthn/authenticate/options", "", csrf);
        HttpResponse<String> answer = browser.postJson("/login/webauthn", "{}", csrf);

        assertThat(options.statusCode()).isEqualTo(302);
        assertThat(options.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(browser.signedIn()).isFalse();
    }

    @Test
    void afterThePasswordThePasskeyPromptIsOfferedForThisHostButRegistrationIsNot() throws Exception {
        browser.password(username, PASSWORD);
        String csrf = browser.csrfTokenOf("/second-factor");

        HttpResponse<String> options = browser.postJson("/webauthn/authenticate/options", "", csrf);
        HttpResponse<String> registration = browser.postJson("/webauthn/register/options", "", csrf);
        HttpResponse<String> forged = browser.postJson("/login/webauthn", "{\"id\":\"AAAA\"}", csrf);

        assertThat(options.statusCode()).isEqualTo(200);
        assertThat(options.body()).contains("\"challenge\"", "\"rpId\":\"localhost\"");
        assertThat(registration.statusCode()).isEqualTo(302);
        assertThat(registration.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/second-factor"));
        assertThat(forged.statusCode()).as("an answer no passkey signed").isEqualTo(401);
        assertThat(browser.signedIn()).isFalse();
    }

    @Test
    void signedInThePersonGetsRegistrationOptionsForTheirOwnAccountOnlyWithTheCsrfToken() throws Exception {
        browser.password(username, PASSWORD);
        browser.code(steps.freshCode(username, secret));
        assertThat(browser.signedIn()).isTrue();
        String csrf = browser.csrfTokenOf("/");

        HttpResponse<String> withoutToken = browser.postJson("/webauthn/register/options", "", null);
        HttpResponse<String> options = browser.postJson("/webauthn/register/options", "", csrf);

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(options.statusCode()).isEqualTo(200);
        assertThat(options.body()).contains("\"name\":\"" + username + "\"", "\"id\":\"localhost\"",
                "\"residentKey\":\"required\"");
        assertThat(jdbc.sql("select count(*) from user_entities where name = ?").param(username)
                .query(Integer.class).single()).as("the person's WebAuthn handle, in the database").isEqualTo(1);
        assertThat(browser.delete("/webauthn/register/AAAA", csrf).statusCode())
                .as("removal goes through the audited screen only").isNotEqualTo(204);
    }

    @Test
    void aBadLabelPostedStraightToRegistrationIsA400AndNothingIsStored() throws Exception {
        browser.password(username, PASSWORD);
        browser.code(steps.freshCode(username, secret));
        String csrf = browser.csrfTokenOf("/");

        // the bell character as JSON writes it: raw it would not be JSON at all
        for (String label : new String[] { "", "P".repeat(Passkeys.LABEL_LENGTH + 1), "PC\u202Elive", "PC\\u0007" }) {
            assertThat(browser.postJson("/webauthn/register/options", "", csrf).statusCode()).isEqualTo(200);
            HttpResponse<String> registration = browser.postJson("/webauthn/register", registration(label), csrf);

            assertThat(registration.statusCode()).as("label %s", label).isEqualTo(400);
            assertThat(registration.body()).contains("パスキーの名前");
        }
        assertThat(jdbc.sql("select count(*) from user_credentials c join user_entities u on u.id = c.user_entity_user_id "
                + "where u.name = ?").param(username).query(Integer.class).single()).isZero();
        assertThat(browser.signedIn()).as("still signed in").isTrue();
    }

    /** A well-formed registration answer as the page's script posts it; its signature is never reached. */
    private static String registration(String label) {
        return """
                {"publicKey":{"label":"%s","credential":{"id":"AAAA","rawId":"AAAA","type":"public-key",
                "authenticatorAttachment":"platform","clientExtensionResults":{},
                "response":{"attestationObject":"AAAA","clientDataJSON":"AAAA","transports":["internal"]}}}}
                """.formatted(label);
    }

    @Test
    void anAdminsResetEndsThePersonsSessionAndTheyEnrolAgain() throws Exception {
        browser.password(username, PASSWORD);
        browser.code(steps.freshCode(username, secret));
        assertThat(browser.signedIn()).isTrue();

        signIn.as("hospital-admin");
        try {
            UserId user = staff.members(0, 500).stream().filter(m -> m.username().equals(username)).findFirst()
                    .orElseThrow().id();
            staff.resetSecondFactor(user);
        } finally {
            signIn.out();
        }

        assertThat(browser.signedIn()).as("the open session ended").isFalse();
        assertThat(jdbc.sql("select count(*) from user_account where username = ? and totp_secret is null")
                .param(username).query(Integer.class).single()).as("no app any more: enrolment at the next sign-in")
                .isEqualTo(1);
        browser.password(username, PASSWORD);
        browser.code(steps.freshCode(username, secret));
        assertThat(browser.signedIn()).as("the old app's code no longer signs in").isFalse();
        assertThat(jdbc.sql("select action from audit_entry where subject = ? order by id").param("user:" + username)
                .query(String.class).list()).contains("SECOND_FACTOR_RESET");
    }
}
