package jp.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A browser test against the packaged portal. All browser test classes of one run share one started portal
 * (see {@link RunningPortal#shared}); each class gets its own headless Chromium, closed after the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PortalBrowserTest {

    /** The password of every demo account (demo profile only). */
    protected static final String DEMO_PASSWORD = "Renkei-Demo-2026";

    private RunningPortal portal;
    private Browser browser;

    @RegisterExtension
    final BeforeAllCallback sharedPortal = context -> portal = RunningPortal.shared(context);

    @BeforeAll
    void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The portal address of {@code path}, e.g. {@code url("/referrals")}. */
    protected String url(String path) {
        return portal.url(path);
    }

    /** A fresh, cookie-less page: one person at one desk. */
    protected Page newPage() {
        return browser.newPage();
    }

    /** A fresh page on the login form, with {@code username} and {@code password} submitted. */
    protected Page submitLogin(String username, String password) {
        Page page = newPage();
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-button[slot='submit']").click();
        return page;
    }

    /** A fresh page signed in as the demo account {@code username}, once the shell shows its hospital. */
    protected Page signIn(String username) {
        Page page = submitLogin(username, DEMO_PASSWORD);
        page.waitForURL(url -> !url.contains("/login"));
        assertThat(page.locator("#active-hospital")).isVisible();
        return page;
    }
}
