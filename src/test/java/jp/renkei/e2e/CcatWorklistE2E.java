package jp.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * 東都's coordinator works the C-CAT worklist of the demo network in a real browser: the most overdue step comes
 * first; K-0301's test lacks its catalogue test and its specimen is late; the coordinator chooses the test, records
 * the day the specimen was shipped and a consent decision, and the test leaves the list. 相模野's clinician sees their
 * patient's overdue explanation on their own worklist.
 */
class CcatWorklistE2E extends PortalBrowserTest {

    @Test
    void theCoordinatorWorksTheOverdueListRecordsAMilestoneAndAConsent() throws Exception {
        Page coordinator = signIn("coordinator");
        coordinator.navigate(url("/ccat"));
        assertThat(coordinator.locator("h2")).containsText("C-CAT 登録の作業リスト");
        assertThat(visibleCells(coordinator, "#worklist", "期限超過").first()).isVisible();
        assertThat(visibleCells(coordinator, "#worklist", "K-0301 中村 優")).hasCount(1);
        Browser.screenshot(coordinator, "ccat-1-worklist");

        chooseFromSelect(coordinator, "#worklist-owner", "自分");
        assertThat(visibleCells(coordinator, "#worklist", "K-0301")).hasCount(0);
        assertThat(visibleCells(coordinator, "#worklist", "森川 千夏").first()).isVisible();
        chooseFromSelect(coordinator, "#worklist-owner", "すべて");

        visibleCells(coordinator, "#worklist", "K-0301 中村 優").click();
        coordinator.waitForURL(Pattern.compile(".*/ccat/tests/\\d+"));
        assertThat(coordinator.locator("#test-missing")).containsText("検体の種類が入力されていません");
        Browser.screenshot(coordinator, "ccat-2-test-missing-items");

        chooseFromSelect(coordinator, "#test-catalogue", "FoundationOne Liquid CDx がんゲノムプロファイル");
        chooseFromSelect(coordinator, "#test-sample-type", "血液");
        coordinator.locator("#test-save").click();
        assertThat(coordinator.locator("#test-missing")).isHidden();

        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        chooseFromSelect(coordinator, "#milestone-step", "検体発送");
        coordinator.locator("#milestone-day input").fill(today);
        coordinator.locator("#milestone-day input").press("Enter");
        coordinator.locator("#milestone-record").click();
        assertThat(visibleCells(coordinator, "#test-milestones", today.replace('-', '/'))).hasCount(1);
        coordinator.locator("#test-turnarounds").scrollIntoViewIfNeeded();
        quietened(coordinator);
        Browser.screenshot(coordinator, "ccat-3-specimen-shipped");

        chooseFromSelect(coordinator, "#consent-scope", "二次的所見の開示の希望");
        chooseFromSelect(coordinator, "#consent-decision", "撤回");
        coordinator.locator("#consent-decided-on input").fill(today);
        coordinator.locator("#consent-decided-on input").press("Enter");
        coordinator.locator("#consent-record").click();
        assertThat(visibleCells(coordinator, "#consent-history", "撤回")).hasCount(1);
        assertThat(coordinator.locator("#consent-state")).containsText("二次的所見の開示の希望：撤回");
        coordinator.locator("#consent-as-of").scrollIntoViewIfNeeded();
        quietened(coordinator);
        Browser.screenshot(coordinator, "ccat-4-consent-withdrawn");

        coordinator.navigate(url("/ccat"));
        assertThat(visibleCells(coordinator, "#worklist", "期限超過").first()).isVisible();
        assertThat(visibleCells(coordinator, "#worklist", "K-0301")).hasCount(0);
    }

    @Test
    void theReferringClinicianSeesTheirPatientsOverdueExplanation() throws Exception {
        Page liaison = signIn("liaison");
        liaison.navigate(url("/ccat"));
        Locator row = visibleCells(liaison, "#worklist", "S-090015");
        assertThat(row).hasCount(1);
        assertThat(liaison.locator("#own-patient-test")).hasCount(0);
        row.click();
        liaison.waitForURL(Pattern.compile(".*/ccat/tests/\\d+"));
        assertThat(visibleCells(liaison, "#test-milestones", "パネルの記録から").first()).isVisible();
        assertThat(liaison.locator("#milestone-record")).isHidden();
        Browser.screenshot(liaison, "ccat-5-liaison-test-page");
    }

    /** The confirmations have faded, so the screenshot shows the page. */
    private static void quietened(Page page) {
        assertThat(page.locator("vaadin-notification-card")).hasCount(0,
                new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(15_000));
    }

    private static Locator visibleCells(Page page, String grid, String text) {
        // the grid keeps cells of rows scrolled or filtered away in the DOM, hidden: only visible cells count
        return page.locator(grid + " vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text).setVisible(true));
    }

    private static void chooseFromSelect(Page page, String selector, String item) {
        Locator option = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(item).setExact(true));
        page.locator(selector).click();
        try {
            option.waitFor(new Locator.WaitForOptions().setTimeout(3_000));
        } catch (com.microsoft.playwright.TimeoutError stillClosing) {
            // a click while the previous overlay was closing toggles nothing: open it again
            page.locator(selector).click();
        }
        option.click();
    }
}
