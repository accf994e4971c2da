package jp.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * What a person does in the browser, on a portal at any address: sign in with the demo password and authenticator
 * code, type a new referral. Public for the fault tests, which run their own portal.
 */
public final class BrowserSteps {

    private static final String DEMO_PASSWORD = "Renkei-Demo-2026";

    private BrowserSteps() {
    }

    /** Signs {@code username} in on {@code page} (on the login form already, or opened at {@code baseUrl}). */
    public static Page signIn(Page page, String baseUrl, String username) {
        if (!page.url().contains("/login")) {
            page.navigate(baseUrl + "/login");
        }
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(DEMO_PASSWORD);
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForURL(url -> url.contains("/second-factor"));
        page.locator("#second-factor-code").fill(PortalBrowserTest.demoCode(username));
        page.locator("#second-factor-submit").click();
        page.waitForURL(url -> !url.contains("/login") && !url.contains("/second-factor"));
        // a node restarted a moment ago serves its first pages slowly on a loaded machine: these tests judge data,
        // not speed
        assertThat(page.locator("#active-hospital")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        return page;
    }

    /** Opens a new referral to 東都 and types patient {@code patientId} (障害 試験) with {@code summary}; no save. */
    public static void typeNewReferral(Page liaison, String baseUrl, String patientId, String summary) {
        liaison.navigate(baseUrl + "/referrals/new");
        chooseFromComboBox(liaison, "#receiving-hospital", "東都", "東都大学医学部附属病院");
        liaison.locator("#patient-id input").fill(patientId);
        liaison.locator("#patient-name input").fill("障害 試験");
        liaison.locator("#patient-kana input").fill("ショウガイ シケン");
        liaison.locator("#patient-birth input").fill("1970-02-03");
        liaison.locator("#patient-birth input").press("Enter");
        liaison.locator("#patient-sex vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("女性")).click();
        chooseFromComboBox(liaison, "#cancer-type", "膵", "膵腺癌（PAAD）");
        chooseFromSelect(liaison, "#standard-treatment", "標準治療終了");
        chooseFromSelect(liaison, "#ecog", "PS 1");
        liaison.locator("#clinical-summary textarea").fill(summary);
    }

    private static void chooseFromComboBox(Page page, String id, String typed, String item) {
        page.locator(id + " input").fill(typed);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(item)).first().click();
    }

    private static void chooseFromSelect(Page page, String id, String item) {
        page.locator(id).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(item).setExact(true)).click();
    }
}
