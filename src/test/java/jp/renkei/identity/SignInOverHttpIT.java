package jp.renkei.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import jp.renkei.SignIn;
import jp.renkei.TestClockConfiguration;
import jp.renkei.identity.internal.DemoSecondFactor;
import jp.renkei.shared.Role;
import jp.renkei.shared.UserId;

/**
 * The login form as a browser reaches it, over real HTTP against the running server: it needs the CSRF token,
 * the password alone leads only to the second step (the authenticator-app code), the session id stays in the
 * cookie, and every kind of failure ends on the same page. Its own context (a
 * server on a random port), so its failures from 127.0.0.1 throttle no other test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
@ActiveProfiles({ "demo", "it" })
class SignInOverHttpIT {

    static final String DEMO_PASSWORD = "Renkei-Demo-2026";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration staff;
    @Autowired
    SignIn signIn;
    @Autowired
    SecondFactorSteps steps;

    final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void aLoginPostWithoutTheCsrfTokenDoesNotSignIn() throws Exception {
        HttpResponse<String> post = postLogin("coordinator", DEMO_PASSWORD, null);

        // Vaadin sends a refused form back to the login page instead of answering 403
        assertThat(post.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(signedIn()).isFalse();
    }

    @Test
    void theRightPasswordLeadsToTheSecondStepAndTheAppCodeThenSignsIn() throws Exception {
        HttpResponse<String> post = postLogin("coordinator", DEMO_PASSWORD, csrfTokenOfLoginPage());

        assertThat(post.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(signedIn()).as("the password alone").isFalse();
        assertThat(get("/").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/second-factor"));
        assertThat(get("/referrals").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/second-factor"));

        HttpResponse<String> code = postCode(steps.freshCode("coordinator", DemoSecondFactor.SECRET),
                csrfTokenOf("/second-factor"));

        assertThat(code.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(signedIn()).isTrue();
    }

    @Test
    void aWrongCodeOrOneWithoutTheCsrfTokenDoesNotSignIn() throws Exception {
        postLogin("liaison", DEMO_PASSWORD, csrfTokenOfLoginPage());

        HttpResponse<String> wrong = postCode("000000".equals(steps.freshCode("liaison", DemoSecondFactor.SECRET))
                ? "111111" : "000000", csrfTokenOf("/second-factor"));
        assertThat(wrong.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/second-factor?error"));
        postCode(steps.freshCode("liaison", DemoSecondFactor.SECRET), null);

        assertThat(signedIn()).isFalse();
    }

    @Test
    void theSessionIdNeverAppearsInAUrl() throws Exception {
        HttpResponse<String> start = get("/");
        HttpResponse<String> login = get("/login");

        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l.toLowerCase()).doesNotContain("jsessionid"));
        assertThat(login.body().toLowerCase()).doesNotContain("jsessionid");
    }

    @Test
    void unknownUserWrongPasswordAndLockedAccountEndOnTheSamePage() throws Exception {
        String locked = colleagueWithPassword("a quiet harbour at dawn");
        for (int i = 0; i < 5; i++) {
            postLogin(locked, "wrong guess " + i, csrfTokenOfLoginPage());
        }

        String unknown = failureLocation("nobody-here", DEMO_PASSWORD);
        String wrongPassword = failureLocation("coordinator", "not the password");
        String lockedWithRightPassword = failureLocation(locked, "a quiet harbour at dawn");

        assertThat(unknown).endsWith("/login?error");
        assertThat(wrongPassword).isEqualTo(unknown);
        assertThat(lockedWithRightPassword).isEqualTo(unknown);
    }

    @Test
    void disablingAnAccountEndsTheSessionItAlreadyHas() throws Exception {
        String password = "a quiet harbour at dawn";
        String username = colleagueWithPassword(password);
        String secret = steps.enrol(steps.password(username, password, "198.51.100.30"), "198.51.100.30")
                .secretBase32();
        postLogin(username, password, csrfTokenOfLoginPage());
        postCode(steps.freshCode(username, secret), csrfTokenOf("/second-factor"));
        assertThat(signedIn()).isTrue();

        signIn.as("hospital-admin");
        try {
            UserId user = staff.members(0, 500).stream().filter(m -> m.username().equals(username))
                    .findFirst().orElseThrow().id();
            staff.setEnabled(user, false);
        } finally {
            signIn.out();
        }

        assertThat(signedIn()).isFalse();
    }

    private String failureLocation(String username, String password) throws Exception {
        return postLogin(username, password, csrfTokenOfLoginPage()).headers().firstValue("Location").orElseThrow();
    }

    private String colleagueWithPassword(String password) {
        signIn.as("hospital-admin");
        try {
            String username = "http-" + System.nanoTime();
            staff.addMember(new NewStaffMember(username, "通信 試験", null, password, Role.PANEL_MEMBER));
            return username;
        } finally {
            signIn.out();
        }
    }

    private String csrfTokenOfLoginPage() throws Exception {
        return csrfTokenOf("/login");
    }

    private String csrfTokenOf(String path) throws Exception {
        String page = get(path).body();
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("%s carries a CSRF token: %s", path, page).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> postCode(String code, String csrf) throws Exception {
        String form = "code=" + encode(code) + (csrf == null ? "" : "&_csrf=" + encode(csrf));
        return browser.send(HttpRequest.newBuilder(uri("/second-factor"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private boolean signedIn() throws Exception {
        // Signed out, the start page redirects to the login form; signed in, it is the portal itself.
        return get("/").statusCode() == 200;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(String username, String password, String csrf) throws Exception {
        String form = "username=" + encode(username) + "&password=" + encode(password)
                + (csrf == null ? "" : "&_csrf=" + encode(csrf));
        return browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
