package jp.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

/**
 * A passkey in a real browser: Chromium's virtual authenticator (CTAP2, built in, with user verification) stands
 * for the fingerprint reader. The person registers a passkey on their sign-in settings page, signs out, and signs
 * in again with the password and the passkey instead of the authenticator-app code.
 */
class PasskeyE2E extends PortalBrowserTest {

    private static final String USERNAME = "toto-pathologist";

    @Test
    void aPasskeyRegisteredOnTheSettingsPageReplacesTheCodeAtTheNextSignIn() throws Exception {
        Page page = signIn(USERNAME);
        addVirtualAuthenticator(page);

        page.navigate(url("/account/security"));
        assertThat(page.locator("#passkey-list")).containsText("登録されたパスキーはありません");
        page.locator("#passkey-label input").fill("病理検査室のPC");
        page.locator("#passkey-register").click();
        assertThat(page.locator("#passkey-list")).containsText("病理検査室のPC");
        assertThat(page.locator("#passkey-list")).containsText("最終使用 —");
        Browser.screenshot(page, "passkey-registered");

        page.locator("#user-menu").click();
        page.locator("#menu-logout").click();
        page.waitForURL(Pattern.compile(".*/login.*"));

        page.locator("input[name='username']").fill(USERNAME);
        page.locator("input[name='password']").fill(DEMO_PASSWORD);
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForURL(Pattern.compile(".*/second-factor.*"));
        assertThat(page.locator("#second-factor-passkey")).isVisible();
        Browser.screenshot(page, "passkey-second-step");

        page.locator("#second-factor-passkey").click();
        page.waitForURL(url -> !url.contains("/second-factor") && !url.contains("/login"));
        assertThat(page.locator("#active-hospital")).isVisible();
        assertThat(page.locator("#home-greeting")).containsText("ようこそ");
        Browser.screenshot(page, "passkey-signed-in");

        page.navigate(url("/account/security"));
        // the sign-in is recorded on the passkey
        assertThat(page.locator("#passkey-list")).not().containsText("最終使用 —");
        page.context().close();
    }

    /** A platform authenticator that holds resident keys and verifies the user without asking. */
    private static void addVirtualAuthenticator(Page page) {
        CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        JsonObject parameters = new JsonObject();
        parameters.add("options", options);
        cdp.send("WebAuthn.addVirtualAuthenticator", parameters);
    }
}
