package jp.renkei.ccat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.ccat.consent.ConsentDecision;
import jp.renkei.ccat.consent.ConsentScope;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.ui.RelatedPageLinks;

/**
 * The worklist and the test page as 東都's coordinator and 相模野's liaison clinician use them (demo network). Changes
 * are made on a test of its own, so the demo stays as other tests expect it.
 */
@RenkeiIntegrationTest
class CcatViewsTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void theWorklistPutsTheMostOverdueStepFirstAndSaysByHowMuch() {
        signIn.as("coordinator");
        CcatWorklistView view = navigate(CcatWorklistView.class);

        assertThat(test(view.grid).size()).isPositive();
        assertThat(((Span) test(view.grid).getCellComponent(0, 0)).getText()).matches("期限超過（\\d+ 営業日）");
        assertThat(test(view.grid).getCellText(0, 1)).matches("\\d+/\\d+（.）まで");

        test(view.owner).selectItem("自分");
        for (int row = 0; row < test(view.grid).size(); row++) {
            assertThat(test(view.grid).getCellText(row, 5)).isEqualTo("森川 千夏");
        }
    }

    @Test
    void theCoordinatorRecordsAConsentAndThenTheDataEnteredForCcat() {
        long id = jdbc.queryForObject("select id from ccat_test where own_patient_id = 'T-20477'", Long.class);
        signIn.as("coordinator");
        GenomicTestView page = navigate("ccat/tests/" + id, GenomicTestView.class);
        assertThat(page.facts.getText()).contains("T-20477", "伊藤 正樹");
        assertThat(page.timeline.form.isVisible()).isTrue();

        ConsentSection consents = page.consents;
        test(consents.scope).selectItem("C-CAT への登録");
        test(consents.decision).selectItem("撤回");
        consents.decidedOn.setValue(today());
        test(consents.record).click();
        assertThat(consents.submission.getText()).contains("できません");
        assertThat(test(consents.history).size()).isEqualTo(4);

        page.timeline.step.setValue(page.timeline.step.getListDataView().getItems()
                .filter(m -> m.step() == MilestoneStep.CLINICAL_DATA_ENTERED).findFirst().orElseThrow());
        page.timeline.day.setValue(today());
        test(page.timeline.record).click();
        assertThat(jdbc.queryForObject("select count(*) from ccat_milestone where test_id = ? "
                + "and step = 'CLINICAL_DATA_ENTERED' and reached_on is not null", Long.class, id))
                .as("refused after the withdrawal").isZero();

        test(consents.decision).selectItem("同意");
        test(consents.record).click();
        test(page.timeline.record).click();
        assertThat(jdbc.queryForObject("select count(*) from ccat_milestone where test_id = ? "
                + "and step = 'CLINICAL_DATA_ENTERED' and reached_on is not null", Long.class, id)).isOne();
    }

    @Test
    void theCoordinatorRegistersATestForTheHospitalsOwnPatientAndLandsOnItsPage() {
        signIn.as("coordinator");
        navigate(CcatWorklistView.class);
        OwnPatientTestForm form = $(OwnPatientTestForm.class).single();
        form.patientId.setValue("T-30001");
        form.name.setValue("登録 花子");
        form.test.setValue(form.test.getListDataView().getItems().filter(t -> t.id().equals("GENMINETOP"))
                .findFirst().orElseThrow());
        form.orderedOn.setValue(today().plusDays(3));
        test(form.open).click();
        assertThat(jdbc.queryForObject("select count(*) from ccat_test where own_patient_id = 'T-30001'", Long.class))
                .as("a future order day is refused").isZero();

        form.orderedOn.setValue(today());
        test(form.open).click();

        GenomicTestView page = (GenomicTestView) getCurrentView();
        assertThat(page.facts.getText()).contains("T-30001", "登録 花子", "GenMineTOP");
        assertThat(test(page.timeline.grid).size()).isEqualTo(11);

        signIn.as("liaison");
        navigate(CcatWorklistView.class);
        assertThat($(OwnPatientTestForm.class).exists()).as("coordinators register tests").isFalse();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(JapanTime.ZONE));
    }

    @Test
    void theLiaisonClinicianReadsTheirPatientsTestWithoutTheForms() {
        long id = jdbc.queryForObject("select id from ccat_test where referral_id = 19", Long.class);
        signIn.as("liaison");
        GenomicTestView page = navigate("ccat/tests/" + id, GenomicTestView.class);

        assertThat(page.facts.getText()).contains("S-090015");
        assertThat(page.timeline.form.isVisible()).isFalse();
        assertThat(page.save.isVisible()).isFalse();
        assertThat(test(page.timeline.grid).getCellText(5, 5)).as("panel held, from the panel case")
                .isEqualTo("パネルの記録から");
    }

    @Test
    void whatTheCoordinatorTypedComesBackToThemOnlyAfterLeavingThePageUntilDiscarded() {
        long id = jdbc.queryForObject("select id from ccat_test where referral_id = 19", Long.class);
        signIn.as("coordinator");
        GenomicTestView page = testPage(id);
        assertThat(page.drafts.restored.isVisible()).isFalse();
        test(page.consents.scope).selectItem("データの二次利用");
        test(page.consents.decision).selectItem("同意");

        navigate(CcatWorklistView.class); // leaving the page saves what was typed
        page = testPage(id);
        assertThat(page.drafts.restored.isVisible()).isTrue();
        assertThat(page.drafts.restored.getText()).startsWith("入力途中の下書きを復元しました（同意、");
        assertThat(page.consents.scope.getValue()).isEqualTo(ConsentScope.SECONDARY_USE);
        assertThat(page.consents.decision.getValue()).isEqualTo(ConsentDecision.GRANTED);

        signIn.as("toto-coordinator2");
        navigate(CcatWorklistView.class); // their own browser: the page is built anew, not the one left open
        GenomicTestView colleagues = testPage(id);
        assertThat(colleagues.consents.scope.getValue()).as("another coordinator's form is their own").isNull();
        assertThat(colleagues.drafts.restored.isVisible()).isFalse();

        signIn.as("coordinator");
        page = testPage(id);
        test(page.drafts.discard).click();
        page = testPage(id);
        assertThat(page.consents.scope.getValue()).isNull();
        assertThat(page.drafts.restored.isVisible()).isFalse();
    }

    @Test
    void theTestPageAndItsReferralAndPanelCaseLinkToEachOther() throws ClassNotFoundException {
        long id = jdbc.queryForObject("select id from ccat_test where referral_id = 19", Long.class);
        long panelCase = jdbc.queryForObject("select panel_case_id from ccat_test where id = ?", Long.class, id);
        signIn.as("liaison");
        GenomicTestView page = testPage(id);
        assertThat(page.related.getChildren().map(link -> ((Anchor) link).getHref()))
                .containsExactly("referrals/19", "panels/cases/" + panelCase);

        navigate("referrals/19", viewClass("jp.renkei.referral.ui.ReferralDetailView"));
        assertThat(hrefs($(RelatedPageLinks.class).single())).containsExactly("ccat/tests/" + id);
        signIn.as("coordinator");
        navigate("panels/cases/" + panelCase, viewClass("jp.renkei.expertpanel.ui.PanelCaseView"));
        assertThat(hrefs($(RelatedPageLinks.class).single())).containsExactly("ccat/tests/" + id);
        signIn.as("panelist");
        navigate("panels/cases/" + panelCase, viewClass("jp.renkei.expertpanel.ui.PanelCaseView"));
        assertThat($(RelatedPageLinks.class).exists()).as("panel members do not track C-CAT").isFalse();
    }

    private GenomicTestView testPage(long id) {
        return navigate("ccat/tests/" + id, GenomicTestView.class);
    }

    private static java.util.List<String> hrefs(RelatedPageLinks links) {
        return links.getChildren().map(link -> ((Anchor) link).getHref()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Component> viewClass(String name) throws ClassNotFoundException {
        // the pages of other modules are package-private: named here, not imported
        return (Class<? extends Component>) Class.forName(name);
    }

}
