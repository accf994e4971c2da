package jp.renkei.expertpanel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;

import com.vaadin.browserless.SpringBrowserlessTest;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.expertpanel.NewPanelMember;
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

    /** The view itself: Spring proxies it for its access annotations, and the proxy's fields are empty. */
    private PanelView open(String location) {
        return AopTestUtils.getUltimateTargetObject(navigate(location, PanelView.class));
    }
}
