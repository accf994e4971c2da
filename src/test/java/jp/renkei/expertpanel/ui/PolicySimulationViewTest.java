package jp.renkei.expertpanel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.shared.JapanTime;

/**
 * The estimate page without a browser. The clock stands in June 2032 and the cases are written straight into the
 * tables, accepted in that spring, so the page's default six months hold only them.
 */
@RenkeiIntegrationTest
class PolicySimulationViewTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
        clock.reset();
    }

    @Test
    void theBannerTheFiguresAndEachCaseWithItsReason() {
        clock.setTokyo("2032-06-10T10:00");
        long skips = panelCase("LUAD", "2032-04-01T10:00", "2032-05-20T10:00");
        variant(skips, "EGFR", "p.L858R", false, "2032-04-20T10:00");
        long germline = panelCase("HGSOC", "2032-04-02T10:00", null);
        variant(germline, "BRCA1", "p.Q1756fs", true, "2032-04-22T10:00");

        signIn.as("coordinator");
        PolicySimulationView view = open();

        assertThat(view.getElement().getTextRecursively()).contains(
                "2025年三学会提案（未施行）に基づく試算です。現行ルールでは全症例にエキスパートパネルが必要です。",
                "提案のリストと出典", "EGFR p.L858R、exon 19 deletion → オシメルチニブ（NSCLC）", "未確認：");
        assertThat(view.figures.cases.getText()).isEqualTo("2件");
        assertThat(view.figures.wouldSkip.getText()).isEqualTo("1件");
        assertThat(view.figures.daysSaved.getText()).as("20 April to 20 May").isEqualTo("30日");
        assertThat(test(view.cases).size()).isEqualTo(2);
        assertThat(cell(view, 0, 4)).contains("EGFR p.L858R", "承認済みCDx（表2）", "オシメルチニブ");
        assertThat(cell(view, 0, 5)).contains("30日", "2032年5月20日の結論まで");
        assertThat(cell(view, 1, 4)).startsWith("BRCA1 p.Q1756fs：二次的所見");
        assertThat(cell(view, 1, 5)).isEqualTo("—");

        view.from.setValue(LocalDate.of(2032, 6, 30));
        test(view.run).click();
        assertThat(test($(Notification.class).last()).getText()).contains("開始日が終了日以前");
    }

    @Test
    void readsInEnglishWithoutMissingTexts() {
        clock.setTokyo("2032-06-10T10:00");
        signIn.as("panelist");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        PolicySimulationView view = open();
        assertThat(view.getElement().getTextRecursively()).contains("not in force").doesNotContain("!panel.");
    }

    private String cell(PolicySimulationView view, int row, int column) {
        return test(view.cases).getCellComponent(row, column).getElement().getTextRecursively();
    }

    private PolicySimulationView open() {
        return navigate("panels/simulation", PolicySimulationView.class);
    }

    /** A case of 相模野 (5) for 東都's panel (1), concluded when {@code concluded} is given. */
    private long panelCase(String cancerType, String accepted, String concluded) {
        long referral = 800_000 + System.nanoTime() % 100_000;
        jdbc.update("""
                insert into panel_case (origin_hospital_id, partner_hospital_id, referral_id, cancer_type_code,
                  accepted_at, created_at, status, concluded_at) values (5, 1, ?, ?, ?, ?, ?, ?)""",
                referral, cancerType, tokyo(accepted), tokyo(accepted), concluded == null ? "ASSIGNED" : "CONCLUDED",
                concluded == null ? null : tokyo(concluded));
        return jdbc.queryForObject("select id from panel_case where referral_id = ?", Long.class, referral);
    }

    private void variant(long caseId, String gene, String alteration, boolean germline, String entered) {
        jdbc.update("""
                insert into panel_case_variant (origin_hospital_id, partner_hospital_id, panel_case_id, gene, alteration,
                  pathogenicity, germline_suspected, created_at) values (5, 1, ?, ?, ?, 'PATHOGENIC', ?, ?)""",
                caseId, gene, alteration, germline, tokyo(entered));
    }

    private static Instant tokyo(String local) {
        return java.time.LocalDateTime.parse(local).atZone(JapanTime.ZONE).toInstant();
    }
}
