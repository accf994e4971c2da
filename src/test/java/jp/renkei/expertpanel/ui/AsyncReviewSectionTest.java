package jp.renkei.expertpanel.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
import jp.renkei.expertpanel.AsyncReviewService;
import jp.renkei.expertpanel.ReviewAnswer;

/**
 * The asynchronous-review section of the case page without a browser, on a case referred by 相模野 to 東都's demo
 * panel: the coordinator opens the round, the demo panelist 黒田 and pathologist 小野寺 (members with accounts)
 * respond.
 */
@RenkeiIntegrationTest
class AsyncReviewSectionTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AsyncReviewService review;

    @AfterEach
    void signOut() {
        signIn.out();
        clock.reset();
    }

    @Test
    void theCoordinatorOpensAMemberAnswersAndARefusalKeepsWhatWasTyped() {
        long caseId = caseOnTheDemoPanel();
        signIn.as("coordinator");
        AsyncReviewSection section = open(caseId);
        assertThat(section.opening.isVisible()).isTrue();
        assertThat(section.invited.getValue()).as("everyone on the roster by default").hasSize(8);
        test(section.open).click();
        assertThat(test($(Notification.class).last()).getText()).contains("持ち回り協議を開始しました");

        signIn.as("panelist");
        section = open(caseId);
        assertThat(section.responding.isVisible()).isTrue();
        assertThat(section.state.getText()).contains("回答受付中", "未回答 8名");
        test(section.disagree).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("反対の理由を入力してください。");
        test(section.comment).setValue("治験情報の記載を確認したいです。");
        test(section.remark).click();
        section = $(AsyncReviewSection.class).single(); // the page was rebuilt with the new state
        assertThat(test(section.participants).getCellText(0, 2)).isEqualTo("コメント");
        assertThat(test(section.participants).getCellText(0, 3)).isEqualTo("治験情報の記載を確認したいです。");

        signIn.as("toto-pathologist");
        AsyncReviewSection pathologist = open(caseId);
        test(pathologist.comment).setValue("病理所見を追記します。");
        signIn.as("panelist");
        review.respond(caseId, ReviewAnswer.DISAGREE, "会議で検討すべきです。");
        signIn.as("toto-pathologist");
        test(pathologist.remark).click();
        assertThat(test($(Notification.class).last()).getText()).contains("すでに終了しています");
        assertThat(pathologist.comment.getValue()).as("what was typed stays").isEqualTo("病理所見を追記します。");

        pathologist = open(caseId);
        assertThat(pathologist.responding.isVisible()).isFalse();
        assertThat(pathologist.escalation.getElement().getTextRecursively()).contains("反対：黒田 修「会議で検討すべきです。」",
                "次回のリアルタイム会議");
        assertThat(pathologist.state.getText()).contains("会議での検討に回しました");
    }

    @Test
    void theDemoShowsARoundWaitingForThePanelistAndAnEscalatedCaseInEnglishToo() {
        long waiting = jdbc.queryForObject("select id from panel_case where referral_id = 5", Long.class);
        long escalated = jdbc.queryForObject("select id from panel_case where referral_id = 7", Long.class);
        signIn.as("panelist");
        AsyncReviewSection section = open(waiting);
        assertThat(section.responding.isVisible()).isTrue();
        assertThat(section.state.getText()).contains("未回答 1名");
        assertThat(section.verdict.getElement().getTextRecursively()).as("the panelist is the second (ア)")
                .contains("要件を満たしていません", "（ア）", "ep.composition.solid.2025");
        assertThat(section.history.getElement().getTextRecursively()).contains("のちに変更");

        assertThat(section.onBehalfOf.isVisible()).as("the panelist has an account of his own").isFalse();

        signIn.as("coordinator");
        section = open(waiting);
        assertThat(section.onBehalfOf.isVisible()).isTrue();
        assertThat(section.onBehalfOf.getListDataView().getItems().map(m -> m.name()))
                .as("participants without an account").containsExactly("藤本 真一", "石川 由紀", "宮本 健", "安藤 涼");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        section = open(escalated);
        assertThat(section.escalation.getElement().getTextRecursively()).contains("Disagreed: 小野寺 剛");
        assertThat(section.getElement().getTextRecursively()).doesNotContain("!panel.", "!{");
    }

    private long caseOnTheDemoPanel() {
        long referral = 700_000 + System.nanoTime() % 100_000;
        jdbc.update("""
                insert into panel_case (origin_hospital_id, partner_hospital_id, referral_id, panel_id, panel_name,
                  cancer_type_code, accepted_at, created_at)
                values (5, 1, ?, 1, 'demo panel', 'LUAD', utc_timestamp(6), utc_timestamp(6))""", referral);
        return jdbc.queryForObject("select id from panel_case where referral_id = ?", Long.class, referral);
    }

    private AsyncReviewSection open(long caseId) {
        navigate("panels/cases/" + caseId, PanelCaseView.class);
        return $(AsyncReviewSection.class).single();
    }
}
