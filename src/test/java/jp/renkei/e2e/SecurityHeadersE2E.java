package jp.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import org.junit.jupiter.api.Test;

/**
 * The packaged portal sends its security headers on every response, and Vaadin runs under its
 * Content-Security-Policy in a real browser: the pages work and the browser reports no violation.
 */
class SecurityHeadersE2E extends PortalBrowserTest {

    /** Collects every CSP violation the page's documents report, from the first script on. */
    private static final String RECORD_VIOLATIONS = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
            + "e.violatedDirective + ' blocked ' + e.blockedURI));";

    @Test
    void theLoginPageAnswersWithTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url("/login"))).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(200);
        Map<String, List<String>> headers = login.headers().map();
        assertThat(login.headers().firstValue("content-security-policy")).get().asString()
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(login.headers().firstValue("x-content-type-options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("referrer-policy")).hasValue("no-referrer");
        assertThat(login.headers().allValues("cache-control")).as("%s", headers).containsExactly("no-store");
        assertThat(headers).as("no HSTS outside the production profile").doesNotContainKey("strict-transport-security");
    }

    @Test
    void theLoginFormRendersUnderThePolicyWithoutViolations() {
        Page page = newPage();
        page.addInitScript(RECORD_VIOLATIONS);
        List<String> consoleErrors = consoleErrors(page);

        page.navigate(url("/login"));
        assertThat(page.locator("input[name='username']")).isVisible();

        assertThat(violations(page)).as("CSP violations on the login page").isEmpty();
        assertThat(consoleErrors).as("console errors").noneMatch(SecurityHeadersE2E::cspMessage);
        page.context().close();
    }

    @Test
    void aSignedInPageWithPatientDataAndItsServerRoundTripsAreNotCachedAndRunUnderThePolicy() {
        Page page = signIn("coordinator");
        page.addInitScript(RECORD_VIOLATIONS);
        List<String> consoleErrors = consoleErrors(page);
        List<Response> roundTrips = new CopyOnWriteArrayList<>();
        page.onResponse(response -> {
            if (response.url().contains("v-r=uidl")) {
                roundTrips.add(response);
            }
        });

        Response referrals = page.navigate(url("/referrals"));
        assertThat(page.locator("vaadin-grid").first()).isVisible();
        page.locator("vaadin-grid").first().click(); // a server round trip after the page is up

        Map<String, String> headers = referrals.headers();
        assertThat(headers.get("content-security-policy")).contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
        assertThat(headers).containsEntry("x-content-type-options", "nosniff")
                .containsEntry("referrer-policy", "no-referrer")
                .containsEntry("cache-control", "no-store");
        assertThat(roundTrips).as("UIDL responses").isNotEmpty()
                .allSatisfy(r -> assertThat(r.headers()).containsEntry("cache-control", "no-store"));
        assertThat(violations(page)).as("CSP violations on /referrals").isEmpty();
        assertThat(consoleErrors).as("console errors").noneMatch(SecurityHeadersE2E::cspMessage);
        page.context().close();
    }

    private static List<String> consoleErrors(Page page) {
        List<String> errors = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add(message.text());
            }
        });
        return errors;
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations(Page page) {
        return (List<String>) page.evaluate("window.__cspViolations || []");
    }

    private static boolean cspMessage(String text) {
        return text.contains("Content Security Policy") || text.contains("Refused to");
    }
}
