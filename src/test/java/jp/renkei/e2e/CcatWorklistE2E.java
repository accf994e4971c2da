package jp.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jp.renkei.PdfInspection;

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
    void whatTheCoordinatorTypedComesBackAfterLeavingThePageAndAfterAReloadUntilDiscarded() throws Exception {
        Page coordinator = signIn("coordinator");
        coordinator.navigate(url("/ccat"));
        visibleCells(coordinator, "#worklist", "S-090015").first().click();
        coordinator.waitForURL(Pattern.compile(".*/ccat/tests/\\d+"));
        String testPage = coordinator.url();
        assertThat(coordinator.locator("#draft-restored")).isHidden();

        // typed, not recorded, and the page left at once: leaving saves the draft
        chooseFromSelect(coordinator, "#consent-scope", "C-CAT への登録");
        chooseFromSelect(coordinator, "#consent-decision", "同意");
        coordinator.getByText("C-CAT 登録の作業リストへ戻る").click();
        // the worklist on screen: the page was left (and its draft saved) before the test page is opened again
        coordinator.waitForURL(Pattern.compile(".*/ccat$"));
        assertThat(coordinator.locator("#worklist")).isVisible();
        coordinator.navigate(testPage);
        assertThat(coordinator.locator("#draft-restored")).containsText("入力途中の下書きを復元しました（同意");
        assertThat(chosen(coordinator, "#consent-scope")).hasText("C-CAT への登録");
        assertThat(chosen(coordinator, "#consent-decision")).hasText("同意");

        // a milestone's day, left alone for a few seconds, saves by itself and survives a reload
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        coordinator.locator("#milestone-day input").fill(today);
        coordinator.locator("#milestone-day input").press("Enter");
        assertThat(coordinator.locator("#draft-state")).containsText("下書きを保存しました",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        coordinator.reload();
        assertThat(coordinator.locator("#draft-restored")).containsText("進捗");
        assertThat(coordinator.locator("#milestone-day input")).not().hasValue("");
        assertThat(chosen(coordinator, "#consent-decision")).hasText("同意");
        coordinator.locator("#test-drafts").scrollIntoViewIfNeeded();
        Browser.screenshot(coordinator, "ccat-7-draft-restored");
        coordinator.locator("#milestone-day").scrollIntoViewIfNeeded();
        Browser.screenshot(coordinator, "ccat-8-draft-restored-milestone-day");

        coordinator.locator("#draft-discard").click();
        coordinator.waitForLoadState();
        assertThat(coordinator.locator("#milestone-day input")).hasValue("");
        assertThat(coordinator.locator("#draft-restored")).isHidden();
        assertThat(chosen(coordinator, "#consent-scope")).hasText("");
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

    @Test
    void theCoordinatorExportsTheLedgerForExcelAndAsPdfWithNothingTyped() throws Exception {
        Page coordinator = signIn("coordinator");
        coordinator.navigate(url("/ccat/ledger"));
        assertThat(coordinator.locator("h2")).containsText("管理簿");
        assertThat(coordinator.locator("vaadin-grid vaadin-grid-cell-content").first()).isVisible();
        Browser.screenshot(coordinator, "ccat-6-ledger");

        Path csv = Path.of("target", "e2e-artifacts", "cgp-ledger-e2e.csv");
        coordinator.waitForDownload(() -> coordinator.locator("#ledger-csv").click()).saveAs(csv);
        byte[] bytes = Files.readAllBytes(csv);
        Assertions.assertThat(bytes).as("a byte-order mark, so Excel reads the Japanese")
                .startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r\n");
        Assertions.assertThat(lines[0]).contains("患者ID");
        String firstPatient = lines[1].substring(1, lines[1].indexOf('"', 1)); // the first field, quoted
        Assertions.assertThat(firstPatient).as("the first patient of the ledger").isNotBlank();

        Path pdf = Path.of("target", "e2e-artifacts", "cgp-ledger-e2e.pdf");
        coordinator.waitForDownload(() -> coordinator.locator("#ledger-pdf").click()).saveAs(pdf);
        Assertions.assertThat(PdfInspection.text(pdf)).contains("管理簿").contains(firstPatient);
        PdfInspection.assertJapaneseFontEmbedded(pdf);
    }

    /** The confirmations have faded, so the screenshot shows the page. */
    private static void quietened(Page page) {
        assertThat(page.locator("vaadin-notification-card")).hasCount(0,
                new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(15_000));
    }

    /** What a select shows as chosen (its items are in the page too, in the closed overlay). */
    private static Locator chosen(Page page, String select) {
        return page.locator(select + " vaadin-select-value-button");
    }

    private static Locator visibleCells(Page page, String grid, String text) {
        // the grid keeps cells of rows scrolled or filtered away in the DOM, hidden: only visible cells count
        return page.locator(grid + " vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text).setVisible(true));
    }

    private static void chooseFromSelect(Page page, String selector, String item) {
        for (int attempt = 1; ; attempt++) {
            page.locator(selector).click();
            try {
                page.waitForFunction("s => document.querySelector(s).opened === true", selector,
                        new Page.WaitForFunctionOptions().setTimeout(2_000));
                break;
            } catch (com.microsoft.playwright.TimeoutError closing) {
                // a click while the previous overlay was still closing toggles nothing: open it again
                if (attempt == 3) {
                    throw closing;
                }
            }
        }
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(item).setExact(true)).click();
        page.waitForFunction("s => !document.querySelector(s).opened", selector);
    }
}
