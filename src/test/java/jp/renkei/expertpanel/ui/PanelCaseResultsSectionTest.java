package jp.renkei.expertpanel.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.referral.ClinicalDetails;
import jp.renkei.referral.PatientParticulars;
import jp.renkei.referral.ReferralContent;
import jp.renkei.referral.ReferralDetails;
import jp.renkei.referral.ReferralService;
import jp.renkei.referral.RequestedService;
import jp.renkei.referral.Sex;
import jp.renkei.referral.Specimen;
import jp.renkei.referral.SpecimenType;
import jp.renkei.referral.StandardTreatmentStatus;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;

/**
 * The case page's results part without a browser: 相模野's clinician sees the demo case's report, explanation,
 * counseling request and turnaround; 東都's coordinator issues the report of a concluded case with one click.
 */
@RenkeiIntegrationTest
class PanelCaseResultsSectionTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;
    @Autowired
    ReferralService referrals;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
        clock.reset();
    }

    @Test
    void theReferringClinicianSeesTheDemoCasesReportExplanationCounselingRequestAndTurnaround() {
        long caseId = jdbc.queryForObject("select id from panel_case where referral_id = 8", Long.class);
        signIn.as("liaison");
        navigate("panels/cases/" + caseId, PanelCaseView.class);

        assertThat($(Anchor.class).withId("download-report").single().getText()).isEqualTo("検討結果報告書（PDF）");
        PanelCaseResultsSection section = $(PanelCaseResultsSection.class).single();
        assertThat(section.issuing.isVisible()).as("only the panel's coordinator issues").isFalse();
        assertThat($(Paragraph.class).withId("counseling-follow-up").single().getText())
                .satisfiesAnyOf(t -> assertThat(t).isEqualTo("遺伝カウンセリング依頼中"), t -> assertThat(t).startsWith("予約済（"));
        assertThat(section.explanation.getText()).startsWith("患者さんへの説明：20");
        assertThat(section.germline.isVisible()).isTrue();
        assertThat(section.germline.isReadOnly()).as("the referrer records it").isFalse();
        assertThat(test(section.turnaround).size()).isEqualTo(6);
        assertThat(test(section.turnaround).getCellText(5, 0)).isEqualTo("患者さんへの説明");
        assertThat(test(section.turnaround).getCellText(5, 3)).as("from the specimen").endsWith("日");
        assertThat(test(section.turnaround).getCellText(2, 1)).as("C-CAT report: not attached yet").isEqualTo("—");
    }

    @Test
    void theCoordinatorIssuesTheReportOfAConcludedCase() {
        long caseId = concludedCase();
        signIn.as("coordinator");
        navigate("panels/cases/" + caseId, PanelCaseView.class);
        assertThat($(Anchor.class).withId("download-report").exists()).isFalse();
        assertThat($(Anchor.class).withId("draft-report").single().getText()).isEqualTo("下書きを確認（PDF）");

        test($(Button.class).withId("issue-report").single()).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("報告書を発行し、紹介元に通知しました。");
        assertThat($(Anchor.class).withId("download-report").single().isVisible()).isTrue();
        assertThat($(PanelCaseResultsSection.class).single().issuing.isVisible()).isFalse();
    }

    /** A new referral's case, concluded as the review flow would (at the demo panel's signed-off meeting). */
    private long concludedCase() {
        signIn.as("liaison");
        var content = new ReferralContent(
                new PatientParticulars("RS-" + System.nanoTime() % 1_000_000, "結果 太郎", "ケッカ タロウ",
                        LocalDate.of(1958, 2, 1), Sex.MALE),
                new ClinicalDetails("PRAD", "IV", 2, StandardTreatmentStatus.ENDED, 1, "去勢抵抗性前立腺癌。"),
                new Specimen(SpecimenType.FFPE_TISSUE, LocalDate.now(clock.withZone(JapanTime.ZONE)).minusMonths(3),
                        "10%中性緩衝ホルマリン", 40, true),
                List.of(), Set.of(RequestedService.CGP_TEST, RequestedService.EXPERT_PANEL));
        ReferralDetails draft = referrals.saveDraft(null, null, HospitalId.of(1), content);
        ReferralDetails sent = referrals.submit(draft.id(), referrals.get(draft.id()).version(), null);
        signIn.as("coordinator");
        referrals.accept(sent.id(), sent.version(), "受け入れます");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from panel_case where referral_id = ?", Long.class, sent.id().value()) == 1);
        signIn.out();
        jdbc.update("""
                update panel_case c join panel_meeting m on m.panel_id = 1 and m.status = 'SIGNED_OFF'
                   set c.meeting_id = m.id, c.status = 'CONCLUDED', c.concluded_at = m.starts_at,
                       c.concluded_rule_set_id = m.rule_set_id, c.concluded_rule_set_version = m.rule_set_version
                 where c.referral_id = ?""", sent.id().value());
        return jdbc.queryForObject("select id from panel_case where referral_id = ?", Long.class, sent.id().value());
    }
}
