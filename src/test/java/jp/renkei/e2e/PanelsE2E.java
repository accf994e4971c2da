package jp.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

/**
 * Expert panels in a real browser: the coordinator of 東都 opens the demo panel and reads whether its roster meets
 * today's requirements, with the rule set, its source and what is still unconfirmed; then the list of rule sets.
 */
class PanelsE2E extends PortalBrowserTest {

    @Test
    void coordinatorReadsTheRosterCheckAndTheRuleSets() throws Exception {
        Page coordinator = signIn("coordinator");
        coordinator.navigate(url("/panels"));
        assertThat(coordinator.locator("#panels")).containsText("固形がん");
        Browser.screenshot(coordinator, "panels-1-list");

        coordinator.locator("#panels").getByText(Pattern.compile("エキスパートパネル（固形がん）")).click();
        coordinator.waitForURL(Pattern.compile(".*/panels/\\d+"));
        assertThat(coordinator.locator("#composition-verdict")).containsText("要件を満たしています");
        assertThat(coordinator.locator("#composition-verdict")).containsText("ep.composition.solid.2025");
        assertThat(coordinator.locator("#composition-verdict .unconfirmed-mark")).isVisible();
        assertThat(coordinator.locator("#panel-members")).containsText("黒田 修");
        assertThat(coordinator.locator("#panel-meetings")).containsText("確定済み");
        Browser.screenshot(coordinator, "panels-2-detail");
        coordinator.locator("#panel-meetings").scrollIntoViewIfNeeded();
        Browser.screenshot(coordinator, "panels-2b-meetings");

        coordinator.navigate(url("/panels/rules"));
        assertThat(coordinator.locator(".rule-set")).hasCount(3);
        assertThat(coordinator.locator(".rule-set .unconfirmed-mark")).hasCount(3);
        assertThat(coordinator.locator(".rule-set-missing")).containsText("造血器腫瘍");
        Browser.screenshot(coordinator, "panels-3-rules");

        coordinator.navigate(url("/panels/cases"));
        assertThat(coordinator.locator("#panel-cases")).isVisible();
        Browser.screenshot(coordinator, "panels-4-cases");
    }

    @Test
    void aLiaisonClinicianCannotOpenAPanel() {
        Page liaison = signIn("liaison2");
        liaison.navigate(url("/panels/1"));
        assertThat(liaison.locator("#panel-members")).hasCount(0);
    }
}
