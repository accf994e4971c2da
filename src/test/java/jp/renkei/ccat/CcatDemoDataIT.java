package jp.renkei.ccat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.ccat.consent.ConsentDecision;
import jp.renkei.ccat.consent.ConsentScope;
import jp.renkei.ccat.milestone.MilestoneStatus;
import jp.renkei.ccat.milestone.MilestoneStep;

/** What a newcomer signing in as 東都's coordinator finds on the C-CAT worklist and test pages. */
@RenkeiIntegrationTest
class CcatDemoDataIT {

    @Autowired
    CcatWorklist worklist;
    @Autowired
    GenomicTestService tests;
    @Autowired
    TestConsentService consents;
    @Autowired
    SignIn signIn;
    @Autowired
    TestDraftService drafts;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theCoordinatorSeesTestsWaitingAtEveryStepSomeOverdueAndWhy() {
        signIn.as("coordinator");
        var rows = worklist.rows(OwnerFilter.ALL, null);

        assertThat(rows).extracting(WorklistRow::step).contains(MilestoneStep.CONSENT,
                MilestoneStep.SPECIMEN_SHIPPED, MilestoneStep.CLINICAL_DATA_ENTERED,
                MilestoneStep.CCAT_REPORT_RECEIVED, MilestoneStep.PANEL_HELD, MilestoneStep.RESULT_EXPLAINED);
        assertThat(rows).filteredOn(r -> r.status() == MilestoneStatus.OVERDUE).hasSizeGreaterThanOrEqualTo(3);
        assertThat(rows).filteredOn(r -> "K-0301".equals(r.patientId())).singleElement()
                .satisfies(r -> assertThat(r.missing()).contains("ccat.test.missing.catalogueTest"));
        assertThat(rows).filteredOn(r -> "S-090015".equals(r.patientId())).singleElement().satisfies(r -> {
            assertThat(r.step()).isEqualTo(MilestoneStep.RESULT_EXPLAINED);
            assertThat(r.status()).as("B011-5 at risk").isEqualTo(MilestoneStatus.OVERDUE);
        });
        assertThat(rows).filteredOn(r -> "T-20481".equals(r.patientId())).singleElement().satisfies(r -> {
            assertThat(r.step()).isEqualTo(MilestoneStep.CONSENT);
            assertThat(r.missing()).containsExactly("ccat.test.missing.registrationConsent");
        });
        assertThat(rows).filteredOn(r -> "T-20466".equals(r.patientId())).singleElement()
                .satisfies(r -> assertThat(r.ownerName()).isEqualTo("森川 千夏"));
    }

    @Test
    void theExplainedTestTakesItsPanelStepsFromThePanelCaseAndTheWithdrawalShows() {
        signIn.as("coordinator");
        long explained = tests.testOfReferral(8).orElseThrow();
        assertThat(tests.get(explained).milestones()).filteredOn(m -> m.step() == MilestoneStep.RESULT_EXPLAINED)
                .singleElement().satisfies(m -> {
                    assertThat(m.reachedOn()).isNotNull();
                    assertThat(m.fromPanel()).isTrue();
                });

        long withdrawn = tests.testOfReferral(9).orElseThrow();
        ConsentOverview now = consents.consents(withdrawn, null);
        assertThat(now.state().get(ConsentScope.C_CAT_REGISTRATION).decision()).isEqualTo(ConsentDecision.WITHDRAWN);
        assertThat(now.submissionAllowed()).isFalse();
        GenomicTestDetails test = tests.get(withdrawn);
        assertThat(consents.consents(withdrawn, test.milestone(MilestoneStep.CLINICAL_DATA_ENTERED, 0).orElseThrow()
                .reachedOn()).submissionAllowed()).as("when the data went in").isTrue();
        assertThat(test.labTurnaroundDays()).as("measured between the real dates").isPresent();
    }

    @Test
    void theCoordinatorFindsADayTypedButNotRecordedOnT20452AndNoOneElseDoes() {
        long test = jdbc.queryForObject("select id from ccat_test where own_patient_id = 'T-20452'", Long.class);
        signIn.as("toto-coordinator2");
        assertThat(drafts.drafts(test)).isEmpty();

        signIn.as("coordinator");
        assertThat(drafts.drafts(test)).containsOnlyKeys(TestDraftForm.MILESTONE)
                .extractingByKey(TestDraftForm.MILESTONE).extracting(SavedDraft::fields)
                .satisfies(fields -> assertThat(fields).containsEntry("step", "CCAT_REPORT_RECEIVED-0")
                        .containsKey("day"));
    }

}
