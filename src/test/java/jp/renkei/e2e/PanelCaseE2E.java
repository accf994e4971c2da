package jp.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

import jp.renkei.PdfInspection;

/**
 * An expert-panel case from start to end in a real browser: 相模野's clinician refers a patient for a panel test and
 * panel review, 東都's coordinator accepts, the case lands on the demo panel's upcoming meeting, the coordinator
 * pastes the variants (a bad CSV first, refused as a whole), records a recommendation and opens an asynchronous
 * round; the members answer (those without an account through the coordinator), the round concludes under the
 * rule set of the day, the coordinator issues the report, and the referring clinician downloads it and records
 * the day it was explained to the patient.
 */
class PanelCaseE2E extends PortalBrowserTest {

    private static final String BAD_CSV = """
            gene,alteration,vaf,pathogenicity,germline_suspected
            KRAS,p.G12D,22.5,pathogenic,false
            BRCA2,p.S1982fs,四十八,pathogenic,true
            """;
    private static final String GOOD_CSV = """
            gene,alteration,vaf,pathogenicity,germline_suspected
            KRAS,p.G12D,22.5,pathogenic,false
            BRCA2,p.S1982fs,48.0,pathogenic,true
            """;

    @Test
    void anAcceptedReferralIsReviewedAsynchronouslyAndItsReportGoesBackToTheReferrer() throws Exception {
        Page liaison = signIn("liaison");
        String referral = sendReferralForPanelReview(liaison);

        Page coordinator = signIn("coordinator");
        coordinator.navigate(url("/referrals/" + referral));
        coordinator.locator("#action-accept").click();
        coordinator.locator("#step-text textarea").fill("受け入れます。パネル検討まで当院で担当します。");
        coordinator.locator("#step-confirm").click();
        assertThat(coordinator.locator("#referral-status")).containsText("受諾");

        // the case is opened on the demo panel's upcoming meeting
        String number = String.format("R-%06d", Long.parseLong(referral));
        coordinator.navigate(url("/panels/cases"));
        Locator row = coordinator.locator("#panel-cases vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(number).setVisible(true));
        assertThat(row).hasCount(1, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions()
                .setTimeout(20_000));
        row.click();
        coordinator.waitForURL(Pattern.compile(".*/panels/cases/\\d+"));
        String casePath = coordinator.url().replaceAll("^https?://[^/]+", "");
        assertThat(coordinator.locator("h2", new Page.LocatorOptions().setHasText(number))).isVisible();
        assertThat(coordinator.locator("body")).containsText("エキスパートパネル（固形がん）");

        // a bad CSV is refused whole, naming row and column; the good one goes in
        coordinator.locator("#variants-enter").click();
        coordinator.locator("#variants-csv textarea").fill(BAD_CSV);
        coordinator.locator("#variants-import").click();
        assertThat(coordinator.locator("vaadin-notification-card").last()).containsText("3行目");
        assertThat(tableCells(coordinator, "#case-variants", "KRAS")).hasCount(0);
        Browser.screenshot(coordinator, "panel-case-1-bad-csv");
        assertThat(coordinator.locator("#variants-csv textarea")).hasValue(BAD_CSV);
        coordinator.locator("#variants-csv textarea").fill(GOOD_CSV);
        coordinator.locator("#variants-import").click();
        assertThat(tableCells(coordinator, "#case-variants", "BRCA2")).hasCount(1);
        assertThat(tableCells(coordinator, "#case-variants", "KRAS")).hasCount(1);

        chooseFromSelect(coordinator, "#recommend-variant", "BRCA2 p.S1982fs");
        chooseFromSelect(coordinator, "#recommend-level", "レベルA");
        coordinator.locator("#recommend-therapy input").fill("オラパリブ");
        chooseFromSelect(coordinator, "#recommend-route", "承認薬");
        coordinator.locator("#recommend-secondary").click(); // germline BRCA2: a secondary finding to disclose
        coordinator.locator("#recommend-save").click();
        assertThat(coordinator.locator("#case-variants")).containsText("オラパリブ");
        Browser.screenshot(coordinator, "panel-case-2-variants");

        // an asynchronous round with every member of the panel
        coordinator.locator("#review-choose").click();
        // the button is gone; the keyboard's focus moves into the form that replaced it
        coordinator.waitForFunction("() => document.activeElement?.closest('#async-review') != null");
        coordinator.locator("#review-open").click();
        assertThat(coordinator.locator("#review-participants")).isVisible();
        assertThat(coordinator.locator("#async-review")).containsText("持ち回り");

        answer(signIn("panelist"), casePath, "推奨に賛成します。");
        answer(signIn("toto-pathologist"), casePath, null);
        answer(signIn("counselor"), casePath, "遺伝カウンセリングの提案に賛成します。");

        // the members without an account answered by mail: the coordinator enters each answer, named as entering it
        coordinator.navigate(url(casePath));
        assertThat(agreements(coordinator)).hasCount(3);
        String[] withoutAccount = { "藤本 真一", "石川 由紀", "宮本 健", "安藤 涼", "佐伯 美和" };
        for (int i = 0; i < withoutAccount.length; i++) {
            chooseFromSelect(coordinator, "#review-on-behalf", Pattern.compile("^" + withoutAccount[i]));
            coordinator.locator("#review-agree").click();
            // the section reloads after each answer: wait for it before choosing the next member
            assertThat(agreements(coordinator)).hasCount(4 + i);
        }
        assertThat(coordinator.locator("#async-review")).containsText("合意により検討結果を確定しました");
        assertThat(coordinator.locator("#async-review")).containsText("ep.composition.solid.2025");
        Browser.screenshot(coordinator, "panel-case-3-round-concluded");

        coordinator.locator("#issue-report").click();
        assertThat(coordinator.getByText(Pattern.compile("発行した報告書は変更できず"))).isVisible();
        Browser.screenshot(coordinator, "panel-case-3b-issue-confirmation");
        coordinator.locator("#issue-report-confirm").click();
        assertThat(coordinator.locator("#download-report")).isVisible();
        Browser.screenshot(coordinator, "panel-case-4-report-issued");

        // the referring clinician is told, downloads the report and records the explanation
        liaison.navigate(url(casePath));
        assertThat(liaison.locator("#case-results")).containsText("森川 千夏");
        assertThat(liaison.locator("#case-results")).containsText("患者さんへの説明：未記録");
        Download download = liaison.waitForDownload(() -> liaison.locator("#download-report").click());
        Path report = Browser.ARTIFACTS.resolve("panel-report-e2e.pdf");
        download.saveAs(report);
        assertThat(PdfInspection.text(report)).contains("BRCA2", "オラパリブ", "ep.composition.solid.2025", "連携 次郎",
                "持ち回り協議", "黒田 修", "小野寺 剛", "佐伯 美和", "遺伝カウンセリング");
        assertThat(liaison.locator("#counseling-follow-up")).containsText("遺伝カウンセリング");
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        liaison.locator("#explained-on input").fill(today);
        liaison.locator("#explained-on input").press("Enter");
        liaison.locator("#record-explanation").click();
        assertThat(liaison.locator("#case-results")).not().containsText("未記録");
        assertThat(liaison.locator("#case-turnaround")).isVisible();
        Browser.screenshot(liaison, "panel-case-5-referrer-explained");

        liaison.navigate(url("/panels/cases"));
        assertThat(visibleCells(liaison, "#panel-cases", "患者説明済")).not().hasCount(0);
    }

    /**
     * The demo case of S-100101 (referral 7) has three files: each link downloads its file (from the keyboard too)
     * and is audited; the links' one handler serves no file the page does not list, and nothing to another person.
     */
    @Test
    void theCaseFilesDownloadFromTheirLinksAndOnlyThose() throws Exception {
        String database = databaseUrl().orElse(null);
        assumeTrue(database != null, "needs the portal's database (not with -Drenkei.baseUrl)");
        long caseId = single(database, "select id from panel_case where referral_id = 7");
        String audited = "select count(*) from audit_entry where action = 'PANEL_CASE_ATTACHMENT_DOWNLOADED' "
                + "and subject = 'panel_case:" + caseId + "'";
        long auditedBefore = single(database, audited);

        Page coordinator = signIn("coordinator");
        coordinator.navigate(url("/panels/cases/" + caseId));
        Locator links = coordinator.locator("#case-attachments a.attachment-download");
        assertThat(links).hasCount(3);
        Locator report = links.filter(new Locator.FilterOptions().setHasText("遺伝子パネル検査報告書.pdf"));
        report.focus();
        Download download = coordinator.waitForDownload(() -> coordinator.keyboard().press("Enter"));
        assertThat(download.suggestedFilename()).isEqualTo("遺伝子パネル検査報告書.pdf");
        assertThat(new String(Files.readAllBytes(download.path()), 0, 4, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF");
        assertThat(single(database, audited)).as("the download is audited").isEqualTo(auditedBefore + 1);
        Browser.screenshot(coordinator, "panel-case-6-files");

        String address = (String) report.evaluate("link => link.href");
        APIResponse unlisted = coordinator.request().get(address.replaceAll("file=\\d+", "file=999999999"));
        assertThat(unlisted.status()).as("a file the page does not list").isEqualTo(404);
        APIResponse stranger = signIn("liaison2").request().get(address);
        assertThat(new String(stranger.body(), StandardCharsets.ISO_8859_1))
                .as("another hospital's person gets no file through the link").doesNotStartWith("%PDF");
        assertThat(single(database, audited)).isEqualTo(auditedBefore + 1);
    }

    private static long single(String database, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database, "root", "");
                ResultSet result = connection.createStatement().executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    @Test
    void anotherLiaisonHospitalCannotOpenTheCase() {
        Page other = signIn("liaison2");
        other.navigate(url("/panels/cases"));
        assertThat(visibleCells(other, "#panel-cases", "R-0000")).hasCount(0);
    }

    /** Writes and sends a referral for a panel test and panel review to 東都; returns its id. */
    private String sendReferralForPanelReview(Page liaison) {
        liaison.navigate(url("/referrals/new"));
        liaison.locator("#receiving-hospital input").fill("東都");
        liaison.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("東都大学医学部附属病院"))
                .first().click();
        liaison.locator("#patient-id input").fill("E2E-EP-0001");
        liaison.locator("#patient-name input").fill("連携 次郎");
        liaison.locator("#patient-kana input").fill("レンケイ ジロウ");
        liaison.locator("#patient-birth input").fill("1958-06-17");
        liaison.locator("#patient-birth input").press("Enter");
        liaison.locator("#patient-sex vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("男性")).click();
        liaison.locator("#cancer-type input").fill("膵");
        liaison.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("膵腺癌（PAAD）"))
                .first().click();
        chooseFromSelect(liaison, "#standard-treatment", "標準治療終了");
        chooseFromSelect(liaison, "#ecog", "PS 1");
        liaison.locator("#clinical-summary textarea").fill("膵体部癌、肝転移。GEM+nab-PTX、FOLFIRINOX 後に増悪。母が乳癌。");
        liaison.locator("#specimen-type vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("FFPE組織検体")).click();
        for (String service : new String[] { "がん遺伝子パネル検査", "エキスパートパネル検討" }) {
            liaison.locator("#services vaadin-checkbox").filter(new Locator.FilterOptions().setHasText(service)).click();
        }
        liaison.locator("#save-draft").click();
        liaison.waitForURL(Pattern.compile(".*/referrals/\\d+/edit"));
        String id = liaison.url().replaceAll(".*/referrals/(\\d+)/edit.*", "$1");
        liaison.locator("#submit-referral").click();
        liaison.waitForURL(Pattern.compile(".*/referrals/" + id));
        assertThat(liaison.locator("#referral-status")).containsText("送信済");
        return id;
    }

    /** The signed-in member agrees on the case (with a comment if given). */
    private void answer(Page member, String casePath, String comment) {
        member.navigate(url(casePath));
        if (comment != null) {
            member.locator("#review-comment textarea").fill(comment);
        }
        member.locator("#review-agree").click();
        assertThat(member.locator("vaadin-notification-card").last()).containsText("回答");
    }

    private static Locator visibleCells(Page page, String grid, String text) {
        // the grid keeps cells of rows scrolled or filtered away in the DOM, hidden: only visible cells count
        return page.locator(grid + " vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text).setVisible(true));
    }

    /** Cells of a plain table (the case page's read-only tables) that contain the text. */
    private static Locator tableCells(Page page, String table, String text) {
        return page.locator(table + " td").filter(new Locator.FilterOptions().setHasText(text));
    }

    private static Locator tableCells(Page page, String table, Pattern text) {
        return page.locator(table + " td").filter(new Locator.FilterOptions().setHasText(text));
    }

    /** The participants' answers that read 賛成 (agree), not comments that happen to contain the word. */
    private static Locator agreements(Page page) {
        return tableCells(page, "#review-participants", Pattern.compile("^賛成$"));
    }

    private static void chooseFromSelect(Page page, String id, String item) {
        page.locator(id).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(item).setExact(true)).click();
    }

    private static void chooseFromSelect(Page page, String id, Pattern item) {
        page.locator(id).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(item)).click();
    }
}
