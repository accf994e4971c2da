package jp.renkei.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import jp.renkei.TestClock;
import jp.renkei.TestClockConfiguration;
import jp.renkei.identity.internal.DemoSecondFactor;

/**
 * Sessions end when they should, over real HTTP and the application clock: 15 minutes without anything the person
 * did (Vaadin's heartbeat does not count), 12 hours after signing in however active, and everywhere at once when
 * the person signs out in one browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
@ActiveProfiles({ "demo", "it" })
class SessionsOverHttpIT {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    SecondFactorSteps steps;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void heartbeatsDoNotKeepAnIdleSessionAlive() throws Exception {
        HttpClient browser = signedIn("panelist");
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(5));
            heartbeat(browser);
        }

        assertThat(signedIn(browser)).as("15 minutes of heartbeats only").isFalse();
        assertThat(jdbc.sql("select detail from audit_entry where action = 'SESSION_ENDED' and subject = ? "
                + "order by id desc limit 1").param("user:panelist").query(String.class).single())
                .isEqualTo("reason:expired");
    }

    @Test
    void pageLoadsKeepTheSessionButNotBeyondTwelveHours() throws Exception {
        HttpClient browser = signedIn("counselor");
        for (int i = 0; i < 12 * 6 - 1; i++) {
            clock.advance(Duration.ofMinutes(10));
            assertThat(signedIn(browser)).as("after %d minutes of work", (i + 1) * 10).isTrue();
        }

        clock.advance(Duration.ofMinutes(10));
        assertThat(signedIn(browser)).as("12 hours after signing in").isFalse();
    }

    @Test
    void signingOutInOneBrowserEndsTheSessionInTheOther() throws Exception {
        HttpClient office = signedIn("hospital-admin");
        HttpClient ward = signedIn("hospital-admin");
        clock.advance(Duration.ofSeconds(1));

        String token = csrfToken(office, "/");
        HttpResponse<String> logout = office.send(HttpRequest.newBuilder(uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(token))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(signedIn(office)).isFalse();
        assertThat(signedIn(ward)).as("the other browser").isFalse();
        assertThat(signedIn(signedIn("hospital-admin"))).as("signing in again afterwards").isTrue();
    }

    private HttpClient signedIn(String username) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        post(browser, "/login", "username=" + username + "&password=Renkei-Demo-2026&_csrf="
                + encode(csrfToken(browser, "/login")));
        post(browser, "/second-factor", "code=" + steps.freshCode(username, DemoSecondFactor.SECRET) + "&_csrf="
                + encode(csrfToken(browser, "/second-factor")));
        assertThat(signedIn(browser)).as("%s signed in", username).isTrue();
        return browser;
    }

    private boolean signedIn(HttpClient browser) throws Exception {
        return get(browser, "/").statusCode() == 200;
    }

    /** What Vaadin's client sends every few minutes while a tab is open, whatever the person does. */
    private void heartbeat(HttpClient browser) throws Exception {
        browser.send(HttpRequest.newBuilder(uri("/?v-r=heartbeat&v-uiId=0")).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private String csrfToken(HttpClient browser, String path) throws Exception {
        String page = get(browser, path).body();
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("%s carries a CSRF token", path).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void post(HttpClient browser, String path, String form) throws Exception {
        browser.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
