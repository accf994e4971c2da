package jp.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import org.junit.jupiter.api.Test;

import jp.renkei.PdfInspection;

/**
 * The whole referral conversation in a real browser: the liaison clinician writes and sends a referral with
 * an attachment, the core coordinator asks a question, the clinician answers, the coordinator accepts, and
 * the clinician sees the new state, the notification and the letter.
 */
class ReferralLoopE2E extends PortalBrowserTest {

    @Test
    void referralTravelsFromLiaisonToCoordinatorAndBack() throws Exception {
        Page liaison = signIn("liaison");
        liaison.navigate(url("/referrals/new"));
        chooseFromComboBox(liaison, "#receiving-hospital", "東都", "東都大学医学部附属病院");
        liaison.locator("#patient-id input").fill("E2E-0001");
        liaison.locator("#patient-name input").fill("連携 花子");
        liaison.locator("#patient-kana input").fill("レンケイ ハナコ");
        liaison.locator("#patient-birth input").fill("1965-04-12");
        liaison.locator("#patient-birth input").press("Enter");
        liaison.locator("#patient-sex vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("女性")).click();
        chooseFromComboBox(liaison, "#cancer-type", "膵", "膵腺癌（PAAD）");
        chooseFromSelect(liaison, "#standard-treatment", "標準治療終了");
        chooseFromSelect(liaison, "#ecog", "PS 1");
        liaison.locator("#clinical-summary textarea").fill("膵頭部癌、肝転移。GEM+nab-PTX 後に増悪。二次治療の選択のためパネル検査を希望します。");
        liaison.locator("#specimen-type vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("FFPE組織検体")).click();
        liaison.locator("#services vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("がん遺伝子パネル検査")).click();
        assertThat(liaison.locator("#eligibility-findings")).containsText("実施時期の要件を満たしています");
        Browser.screenshot(liaison, "referral-1-liaison-form");

        liaison.locator("#save-draft").click();
        assertThat(liaison.locator("#save-state")).containsText("保存しました");
        liaison.waitForURL(Pattern.compile(".*/referrals/\\d+/edit"));
        String id = liaison.url().replaceAll(".*/referrals/(\\d+)/edit.*", "$1");

        // attachments while drafting, on the form itself
        Path pdf = Files.createTempFile("pathology-report", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        liaison.locator("#attachment-upload input[type=file]").setInputFiles(pdf);
        assertThat(liaison.locator("#draft-attachments")).containsText("pathology-report", new com.microsoft.playwright
                .assertions.LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        Browser.screenshot(liaison, "referral-1b-liaison-draft-attachment");

        liaison.navigate(url("/referrals/" + id));
        assertThat(liaison.locator("#timeline")).containsText("ファイルを添付");
        liaison.locator("#action-edit").click();
        liaison.waitForURL(Pattern.compile(".*/referrals/\\d+/edit"));
        liaison.locator("#submit-referral").click();
        liaison.waitForURL(Pattern.compile(".*/referrals/" + id));
        assertThat(liaison.locator("#referral-status")).containsText("送信済");
        assertThat(liaison.locator("#next-step")).containsText("受付確認待ち");
        Browser.screenshot(liaison, "referral-2-liaison-sent");

        Page coordinator = signIn("coordinator");
        coordinator.navigate(url("/referrals"));
        assertThat(coordinator.locator("#referral-list")).containsText("連携 花子");
        Browser.screenshot(coordinator, "referral-3-coordinator-inbox");
        coordinator.navigate(url("/referrals/" + id));
        assertThat(coordinator.locator("#referral-content")).containsText("レンケイ ハナコ");
        takeStep(coordinator, "#action-return", "直近のCT所見と、血縁者のがん罹患歴をご教示ください。");
        assertThat(coordinator.locator("#referral-status")).containsText("情報依頼あり");
        Browser.screenshot(coordinator, "referral-4-coordinator-returned");

        liaison.navigate(url("/referrals/" + id));
        assertThat(liaison.locator("#next-step")).containsText("直近のCT所見");
        takeStep(liaison, "#action-answer", "CT：肝転移増大。母が膵癌（68歳）。");
        assertThat(liaison.locator("#referral-status")).containsText("送信済");

        coordinator.navigate(url("/referrals/" + id));
        takeStep(coordinator, "#action-accept", "受け入れます。外来予約をご案内します。");
        assertThat(coordinator.locator("#referral-status")).containsText("受諾");

        liaison.navigate(url("/referrals/" + id));
        assertThat(liaison.locator("#referral-status")).containsText("受諾");
        assertThat(liaison.locator("#timeline")).containsText("森川 千夏");
        assertThat(liaison.locator("#notification-count")).isVisible();
        Browser.screenshot(liaison, "referral-5-liaison-accepted");
        liaison.locator("#notification-bell").click();
        assertThat(liaison.locator("#notifications")).containsText("受諾されました");
        Browser.screenshot(liaison, "referral-6-liaison-notifications");

        // scheduling carries a time and a place, shown on the detail and in the list
        coordinator.navigate(url("/referrals/" + id));
        coordinator.locator("#action-schedule").click();
        String visitDay = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(7).toString();
        coordinator.locator("#step-date input").fill(visitDay);
        coordinator.locator("#step-date input").press("Enter");
        coordinator.locator("#step-time input").fill("10:30");
        coordinator.locator("#step-time input").press("Enter");
        coordinator.locator("#step-place input").fill("がんゲノム医療外来（2階 B-12）");
        Browser.screenshot(coordinator, "referral-7a-coordinator-schedule-dialog");
        coordinator.locator("#step-confirm").click();
        assertThat(coordinator.locator("#referral-status")).containsText("日程");
        assertThat(coordinator.locator("#referral-visit")).containsText("10:30 がんゲノム医療外来（2階 B-12）");
        Browser.screenshot(coordinator, "referral-7b-coordinator-scheduled");

        // find the patient by kana in the list; the visit is a column that fits a 1366 px screen
        coordinator.navigate(url("/referrals"));
        coordinator.locator("#patient-search input").fill("れんけい");
        // the grid keeps cells of rows scrolled or filtered away in the DOM, hidden: only visible cells count;
        // the search runs after a pause in typing and reloads the grid, so give a loaded machine time
        assertThat(coordinator.locator("#referral-list vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("上田 直子").setVisible(true))).hasCount(0,
                        new LocatorAssertions.HasCountOptions().setTimeout(20_000));
        assertThat(coordinator.locator("#referral-list")).containsText("10:30");
        assertThat(coordinator.locator("#referral-list")).containsText("連携 花子");
        Browser.screenshot(coordinator, "referral-8-coordinator-list-search");
        // the dates, cancer type and service filters are built when asked for
        assertThat(coordinator.locator("#filter-from")).hasCount(0);
        coordinator.locator("#more-filters").click();
        assertThat(coordinator.locator("#filter-from")).isVisible();
        assertThat(coordinator.locator("#filter-service")).isVisible();
        Browser.screenshot(coordinator, "referral-8b-coordinator-list-more-filters");

        // a home tile opens the list of what it counts
        coordinator.navigate(url("/"));
        coordinator.locator("#home-figures a").filter(new Locator.FilterOptions().setHasText("受付確認の期限超過")).click();
        coordinator.waitForURL(Pattern.compile(".*/referrals\\?overdue=true"));
        assertThat(coordinator.locator("#referral-list")).containsText("期限超過");
        Browser.screenshot(coordinator, "referral-9-coordinator-overdue-from-home");

        liaison.navigate(url("/referrals/" + id));
        Download letter = liaison.waitForDownload(() -> liaison.locator("#letter-download").click());
        Path letterPdf = Browser.ARTIFACTS.resolve("referral-letter.pdf");
        letter.saveAs(letterPdf);
        assertThat(PdfInspection.text(letterPdf)).contains("診療情報提供書", "連携 花子", "東都大学医学部附属病院",
                "相模野中央病院");
    }

    /** Opens the step dialog of {@code action}, writes {@code text} and confirms. */
    private static void takeStep(Page page, String action, String text) {
        page.locator(action).click();
        page.locator("#step-text textarea").fill(text);
        page.locator("#step-confirm").click();
    }

    private static void chooseFromComboBox(Page page, String id, String typed, String item) {
        page.locator(id + " input").fill(typed);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(item)).first().click();
    }

    private static void chooseFromSelect(Page page, String id, String item) {
        page.locator(id).click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION,
                new Page.GetByRoleOptions().setName(item).setExact(true)).click();
    }
}
