package jp.renkei.expertpanel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.expertpanel.MeetingKind;
import jp.renkei.expertpanel.PanelService;
import jp.renkei.expertpanel.PanelSummary;
import jp.renkei.expertpanel.composition.TumourCategory;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.ui.PlainTableCells;

/**
 * The casework sections without a browser, on the demo: the case of S-100101 (referral 7) with its three reports
 * and due date, and the demo panel's load per upcoming meeting.
 */
@RenkeiIntegrationTest
class PanelCaseworkViewTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PanelService panels;

    @AfterEach
    void signOut() {
        signIn.out();
        clock.reset();
    }

    @Test
    void thePanelsCoordinatorSeesTheDueDateTheReportsAndTheMoveForm() {
        signIn.as("coordinator");
        PanelCaseworkSections casework = caseworkOf(demoCase());

        assertThat(casework.assignment.due.getElement().getTextRecursively()).startsWith("パネル検討の期限：");
        assertThat(casework.assignment.moveForm.isVisible()).as("the coordinator may move the case").isTrue();
        test(casework.assignment.moveForm.opener).click();
        assertThat(casework.assignment.move.isVisible()).isTrue();
        assertThat(PlainTableCells.rows(casework.attachments.files)).hasSize(3);
        assertThat(PlainTableCells.cell(casework.attachments.files, 0, 0)).isEqualTo("その他");
        assertThat(PlainTableCells.cell(casework.attachments.files, 1, 1)).isEqualTo("遺伝子パネル検査報告書.pdf");
        assertThat(PlainTableCells.cell(casework.attachments.files, 2, 0)).isEqualTo("C-CAT調査結果");
        // every file's link goes to the section's one download handler, naming its file
        String handler = casework.attachments.getElement().getAttribute("data-download");
        assertThat(handler).startsWith("VAADIN/dynamic/resource/");
        assertThat(PlainTableCells.html(casework.attachments.files)).allSatisfy(row -> assertThat(row.get(1))
                .matches("<a download href=\"" + Pattern.quote(handler)
                        + "\\?file=\\d+\" class=\"attachment-download\">.+</a>"));
        assertThat(casework.attachments.getElement().getTextRecursively())
                .contains("C-CAT調査結果は医療者向けの資料です");
        assertThat(casework.attachments.form.isVisible()).isTrue();
        test(casework.attachments.form.opener).click();
        assertThat(casework.attachments.upload.isVisible()).isTrue();
    }

    @Test
    void theReferringClinicianReadsTheReportsButNeitherAttachesNorMoves() {
        signIn.as("liaison");
        PanelCaseworkSections casework = caseworkOf(demoCase());

        assertThat(PlainTableCells.rows(casework.attachments.files)).hasSize(3);
        assertThat(casework.attachments.form.isVisible()).isFalse();
        assertThat(casework.attachments.upload).as("not even built for a reader").isNull();
        assertThat(casework.assignment.moveForm.isVisible()).isFalse();
        assertThat(casework.assignment.move).as("not even built for a reader").isNull();
    }

    @Test
    void thePanelPageShowsEachUpcomingMeetingsCasesAgainstItsCapacity() {
        signIn.as("coordinator");
        PanelView view = navigate("panels/1", PanelView.class);
        PanelLoadSection load = $(PanelLoadSection.class).single();

        assertThat(load.summary.getElement().getTextRecursively()).startsWith("今後の会議：");
        assertThat(test(load.meetings).size()).isPositive();
        assertThat(test(load.meetings).getCellText(0, 2)).endsWith("／12件");
        assertThat(load.defaultCapacity.getValue()).isEqualTo(12);
        assertThat(view.title.getText()).contains("固形がん");

        signIn.as("panelist");
        navigate("", Component.class); // their own browser: the page is built anew, not the one left open
        navigate("panels/1", PanelView.class);
        PanelLoadSection asMember = $(PanelLoadSection.class).single();
        assertThat(asMember.defaultCapacity.getParent().map(p -> p.isVisible()).orElse(true))
                .as("members read the load, managers change capacities").isFalse();
    }

    @Test
    void aMeetingScheduledOnThePanelPageJoinsTheLoadWithThePanelsDefaultCapacity() {
        signIn.as("coordinator");
        PanelSummary panel = panels.create("東都 定員表示EP " + System.nanoTime(), TumourCategory.HAEMATOLOGICAL, false);
        PanelView view = navigate("panels/" + panel.id(), PanelView.class);
        assertThat(view.load.summary.getElement().getTextRecursively()).isEqualTo("今後の会議は予定されていません。");

        view.meetingForm.kind.setValue(MeetingKind.ASYNC_ROUND);
        view.meetingForm.when.setValue(LocalDateTime.ofInstant(clock.instant(), JapanTime.ZONE).plusDays(3));
        test(view.meetingForm.schedule).click();

        assertThat(test(view.load.meetings).size()).isOne();
        assertThat(test(view.load.meetings).getCellText(0, 2)).isEqualTo("0／10件");
    }

    private long demoCase() {
        return jdbc.queryForObject("select id from panel_case where referral_id = 7", Long.class);
    }

    private PanelCaseworkSections caseworkOf(long caseId) {
        navigate("panels/cases/" + caseId, PanelCaseView.class);
        return $(PanelCaseworkSections.class).single();
    }
}
