package jp.renkei.expertpanel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.expertpanel.MeetingDetails;
import jp.renkei.expertpanel.MeetingKind;
import jp.renkei.expertpanel.MeetingStatus;
import jp.renkei.expertpanel.NewPanelMember;
import jp.renkei.expertpanel.PanelMemberDetails;
import jp.renkei.expertpanel.PanelService;
import jp.renkei.expertpanel.PanelSummary;
import jp.renkei.expertpanel.composition.PanelRole;
import jp.renkei.expertpanel.composition.TumourCategory;

/** The panel page without a browser, as the coordinator of 東都 sees it (Japanese). */
@RenkeiIntegrationTest
class PanelViewTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;
    @Autowired
    PanelService panels;

    @AfterEach
    void signOut() {
        signIn.out();
        clock.reset();
    }

    @Test
    void theDemoPanelShowsItsRosterMeetsTodaysRulesWithTheirSourceAndOpenQuestion() {
        signIn.as("coordinator");
        PanelView view = open("panels/1");

        String check = view.rosterCheck.getElement().getTextRecursively();
        assertThat(check).contains("2026年12月1日時点", "要件を満たしています", "ep.composition.solid.2025", "根拠：",
                "未確認：");
        assertThat(test(view.members).size()).isEqualTo(8);
        assertThat(test(view.members).getCellText(0, 1)).isEqualTo("（ア）がん薬物療法");
        assertThat(test(view.meetings).size()).isEqualTo(2);
        assertThat(view.memberForm.isVisible()).as("the coordinator may add members").isTrue();
    }

    @Test
    void aPanelMemberTakesEachMeetingsAgendaFromItsRowButSignsNothingOff() {
        signIn.as("panelist");
        PanelView view = open("panels/1");

        int rows = test(view.meetings).size();
        assertThat(rows).isPositive();
        for (int row = 0; row < rows; row++) {
            Component actions = test(view.meetings).getCellComponent(row, 4);
            assertThat(actions.getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast))
                    .singleElement().satisfies(link -> {
                        assertThat(link.getText()).isEqualTo("開催資料（PDF）");
                        assertThat(link.hasClassName("meeting-agenda")).isTrue();
                    });
            assertThat(actions.getChildren().filter(Button.class::isInstance)).isEmpty();
        }
    }

    @Test
    void aPanelWithoutAPathologistSaysSoInASentence() {
        signIn.as("coordinator");
        PanelSummary panel = panels.create("病理医のいないEP " + System.nanoTime(), TumourCategory.SOLID, false);
        panels.addMember(panel.id(), new NewPanelMember(null, "腫瘍内科 医師", Set.of(PanelRole.A), "腫瘍内科", true,
                false));

        PanelView view = open("panels/" + panel.id());

        assertThat(view.rosterCheck.getElement().getTextRecursively()).contains("要件を満たしていません",
                "（エ）常勤の病理医が1名以上必要です（現在0名）",
                "（ア）がん薬物療法に関する専門的な知識を有する常勤の医師が、診療領域の異なる2名以上必要です（現在1領域）");
    }

    @Test
    void theSignOffDialogShowsTheReasonsAsBoxesAreTickedAndSignsOffOnceComplete() {
        clock.setTokyo("2026-12-01T19:00");
        signIn.as("coordinator");
        PanelSummary panel = panels.create("木曜EP " + System.nanoTime(), TumourCategory.SOLID, false);
        for (var member : List.of(
                new NewPanelMember(null, "腫瘍内科 医師", Set.of(PanelRole.A), "腫瘍内科", true, false),
                new NewPanelMember(null, "呼吸器内科 医師", Set.of(PanelRole.A), "呼吸器内科", true, false),
                new NewPanelMember(null, "遺伝医学 医師", Set.of(PanelRole.B, PanelRole.E), "臨床遺伝", true, false),
                new NewPanelMember(null, "遺伝カウンセラー", Set.of(PanelRole.C), null, true, false),
                new NewPanelMember(null, "病理医", Set.of(PanelRole.D), "病理診断科", true, false))) {
            panels.addMember(panel.id(), member);
        }
        MeetingDetails meeting = panels.schedule(panel.id(), MeetingKind.REAL_TIME,
                clock.instant().minus(Duration.ofHours(1)), "https://video.example.jp/ep");
        PanelView view = open("panels/" + panel.id());
        List<PanelMemberDetails> members = panels.get(panel.id()).members();

        SignOffDialog dialog = new SignOffDialog(panels, meeting, members, () -> { });
        dialog.open();
        roundTrip();
        dialog.present.deselect(members.stream().filter(m -> m.name().equals("病理医")).findFirst()
                .orElseThrow());
        assertThat(dialog.verdict.getElement().getTextRecursively()).contains("要件を満たしていません",
                "（エ）常勤の病理医が1名以上必要です（現在0名）",
                "主治医が治療歴・家族歴を提供していないため、主治医または代理の医師の出席が必要です");
        test(dialog.signOff).click();
        assertThat(test($(Notification.class).last()).getText()).contains("確定できません");
        assertThat(panels.get(panel.id()).meetings().getFirst().status()).isEqualTo(MeetingStatus.SCHEDULED);

        dialog.present.select(members.stream().filter(m -> m.name().equals("病理医")).findFirst()
                .orElseThrow());
        test(dialog.history).click();
        assertThat(dialog.verdict.getElement().getTextRecursively()).contains("要件を満たしています");
        test(dialog.signOff).click();
        MeetingDetails signed = panels.get(panel.id()).meetings().getFirst();
        assertThat(signed.status()).isEqualTo(MeetingStatus.SIGNED_OFF);
        assertThat(signed.ruleSetId()).isEqualTo("ep.composition.solid.2025");
        assertThat(view).isNotNull();
    }

    @Test
    void inEnglishThePanelPageHasNoMissingText() {
        signIn.as("coordinator");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        PanelView view = open("panels/1");
        String page = view.getElement().getTextRecursively();
        assertThat(page).contains("requirements met", "Source:", "Unconfirmed:").doesNotContain("!panel.");
        assertThat(test(view.members).getCellText(0, 1)).isEqualTo("(A) cancer drug therapy");
    }

    /** The view itself: Spring proxies it for its access annotations, and the proxy's fields are empty. */
    private PanelView open(String location) {
        return navigate(location, PanelView.class);
    }
}
