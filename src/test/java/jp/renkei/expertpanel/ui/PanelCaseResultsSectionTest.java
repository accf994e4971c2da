package jp.renkei.expertpanel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
import jp.renkei.expertpanel.ReferredCases;
import jp.renkei.referral.ReferralService;

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
        List<String> rows = List.of(section.turnaround.getElement().getProperty("innerHTML").split("<tr>"));
        assertThat(rows).as("a header and six milestones").hasSize(1 + 7);
        assertThat(rows.get(7)).as("from the specimen").matches("<td>患者さんへの説明</td><td>[^<]+</td><td>[^<]+</td>"
                + "<td>\\d+日</td>.*");
        assertThat(rows.get(4)).as("C-CAT report: not attached yet").startsWith("<td>C-CAT").contains("<td>—</td>");
    }

    @Test
    void theCoordinatorIssuesTheReportOfAConcludedCase() {
        long caseId = concludedCase();
        signIn.as("coordinator");
        navigate("panels/cases/" + caseId, PanelCaseView.class);
        assertThat($(Anchor.class).withId("download-report").exists()).isFalse();
        assertThat($(Anchor.class).withId("draft-report").single().getText()).isEqualTo("下書きを確認（PDF）");

        test($(Button.class).withId("issue-report").single()).click();
        assertThat($(Anchor.class).withId("download-report").exists()).as("nothing is issued before it is confirmed")
                .isFalse();
        test($(Button.class).withId("issue-report-confirm").single()).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("報告書を発行し、紹介元に通知しました。");
        assertThat($(Anchor.class).withId("download-report").single().isVisible()).isTrue();
        assertThat($(PanelCaseResultsSection.class).single().issuing.isVisible()).isFalse();
    }

    /** A new referral's case, concluded as the review flow would (at the demo panel's signed-off meeting). */
    private long concludedCase() {
        long caseId = ReferredCases.open(signIn, referrals, jdbc, clock, "結果 太郎").caseId();
        jdbc.update("""
                update panel_case c join panel_meeting m on m.panel_id = 1 and m.status = 'SIGNED_OFF'
                   set c.meeting_id = m.id, c.status = 'CONCLUDED', c.concluded_at = m.starts_at,
                       c.concluded_rule_set_id = m.rule_set_id, c.concluded_rule_set_version = m.rule_set_version
                 where c.id = ?""", caseId);
        return caseId;
    }
}
