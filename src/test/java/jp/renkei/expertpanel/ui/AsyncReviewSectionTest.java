package jp.renkei.expertpanel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
import jp.renkei.expertpanel.MeetingKind;
import jp.renkei.expertpanel.NewPanelMember;
import jp.renkei.expertpanel.PanelService;
import jp.renkei.expertpanel.PanelSummary;
import jp.renkei.expertpanel.ReviewAnswer;
import jp.renkei.expertpanel.ReferredCases;
import jp.renkei.expertpanel.composition.PanelRole;
import jp.renkei.referral.ReferralService;
import jp.renkei.shared.ui.PlainTableCells;
import jp.renkei.expertpanel.composition.TumourCategory;

/**
 * The asynchronous-review section of the case page without a browser: on a case referred by 相模野 to a 東都
 * panel, the coordinator opens the round, the demo panelist 黒田 and pathologist 小野寺 (members with accounts)
 * respond; then the demo's own round and escalated case.
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
    @Autowired
    PanelService panels;
    @Autowired
    ReferralService referrals;

    @AfterEach
    void signOut() {
        signIn.out();
        clock.reset();
    }

    @Test
    void theCoordinatorOpensAMemberAnswersAndARefusalKeepsWhatWasTyped() {
        long caseId = caseOnAPanelWithThePanelist();
        signIn.as("coordinator");
        AsyncReviewSection section = open(caseId);
        assertThat(section.opening.isVisible()).isTrue();
        assertThat(section.invited).as("the roster's checkboxes wait for the button").isNull();
        test(section.openingForm.opener).click();
        assertThat(section.invited.getValue()).as("everyone on the roster by default").hasSize(5);
        test(section.open).click();
        assertThat(test($(Notification.class).last()).getText()).contains("持ち回り協議を開始しました");

        signIn.as("panelist");
        section = open(caseId);
        assertThat(section.responding.isVisible()).isTrue();
        assertThat(section.state.getText()).contains("回答受付中", "未回答 5名");
        test(section.disagree).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("反対の理由を入力してください。");
        test(section.comment).setValue("治験情報の記載を確認したいです。");
        test(section.remark).click();
        section = $(AsyncReviewSection.class).single(); // the page was rebuilt with the new state
        assertThat(PlainTableCells.cell(section.participants, 0, 2)).isEqualTo("コメント");
        assertThat(PlainTableCells.cell(section.participants, 0, 3)).isEqualTo("治験情報の記載を確認したいです。");

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

    /**
     * A case on a panel of its own (so its escalation stays off the demo meeting's agenda) where the demo panelist
     * (user 5) and pathologist (user 8) sit with three colleagues who have no account.
     */
    private long caseOnAPanelWithThePanelist() {
        signIn.as("coordinator");
        PanelSummary panel = panels.create("持ち回り画面EP " + System.nanoTime(), TumourCategory.SOLID, false);
        for (var member : List.of(new NewPanelMember(5L, "黒田 修", Set.of(PanelRole.A), "腫瘍内科", true, false),
                new NewPanelMember(null, "消化器内科 医師", Set.of(PanelRole.A), "消化器内科", true, false),
                new NewPanelMember(null, "遺伝医学 医師", Set.of(PanelRole.B, PanelRole.E), "臨床遺伝", true, false),
                new NewPanelMember(null, "遺伝カウンセラー", Set.of(PanelRole.C), null, true, false),
                new NewPanelMember(8L, "小野寺 剛", Set.of(PanelRole.D), "病理診断科", true, false))) {
            panels.addMember(panel.id(), member);
        }
        panels.schedule(panel.id(), MeetingKind.REAL_TIME, clock.instant().plus(Duration.ofDays(7)),
                "https://video.example.jp/ep-screen");
        long caseId = ReferredCases.open(signIn, referrals, jdbc, clock, "持ち回り 花子").caseId();
        jdbc.update("update panel_case set panel_id = ?, panel_name = ?, meeting_id = null, meeting_starts_at = null"
                + " where id = ?", panel.id(), panel.name(), caseId);
        return caseId;
    }

    private AsyncReviewSection open(long caseId) {
        navigate("panels/cases/" + caseId, PanelCaseView.class);
        return $(AsyncReviewSection.class).single();
    }
}
