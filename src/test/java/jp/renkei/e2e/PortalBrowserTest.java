package jp.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

import jp.renkei.identity.internal.Base32;
import jp.renkei.identity.internal.DemoSecondFactor;
import jp.renkei.identity.internal.Totp;

/**
 * A browser test against the packaged portal. All browser test classes of one run share one started portal
 * (see {@link RunningPortal#shared}); each class gets its own headless Chromium, closed after the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PortalBrowserTest {

    /** The password of every demo account (demo profile only). */
    protected static final String DEMO_PASSWORD = "Renkei-Demo-2026";
    private static final byte[] DEMO_SECRET = Base32.decode(DemoSecondFactor.SECRET);
    /** The last TOTP step whose code each demo account used, across all browser test classes of the run. */
    private static final Map<String, Long> STEPS_USED = new HashMap<>();

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

    /** The portal's database (root account), when this run started the portal; empty against {@code renkei.baseUrl}. */
    protected java.util.Optional<String> databaseUrl() {
        return portal.databaseUrl();
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

    /**
     * A fresh page signed in as the demo account {@code username} (password, then the code of the README's demo
     * TOTP secret), once the shell shows its hospital.
     */
    protected Page signIn(String username) {
        Page page = submitLogin(username, DEMO_PASSWORD);
        page.waitForURL(url -> url.contains("/second-factor"));
        page.locator("#second-factor-code").fill(demoCode(username));
        page.locator("#second-factor-submit").click();
        page.waitForURL(url -> !url.contains("/login") && !url.contains("/second-factor"));
        assertThat(page.locator("#active-hospital")).isVisible();
        return page;
    }

    /**
     * The code an authenticator app with the demo secret shows now. The packaged portal runs on the real clock
     * ({@link RunningPortal} sets no {@code renkei.clock.start}), so the test's clock is the portal's. The portal
     * takes each code once: a second sign-in of the same person within a 30-second step types the next step's
     * code (the portal accepts one step ahead, as for a phone whose clock runs fast) or waits for the next step.
     */
    protected static synchronized String demoCode(String username) {
        while (true) {
            long now = Totp.stepAt(Instant.now());
            Long used = STEPS_USED.get(username);
            if (used == null || used < now + 1) {
                long step = used == null || used < now ? now : now + 1;
                STEPS_USED.put(username, step);
                return Totp.codeAt(DEMO_SECRET, step);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
