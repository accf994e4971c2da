package jp.renkei.ccat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.ccat.consent.ConsentDecision;
import jp.renkei.ccat.consent.ConsentScope;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.referral.ReferralService;
import jp.renkei.shared.workflow.Refused;

/**
 * The coordinator's work on the real database: consents that gate the C-CAT submission, follow-up entries, the
 * worklist and its overdue notices. Tests are ordered on Tuesday 2026-12-01 (the default clock).
 */
@RenkeiIntegrationTest
@RecordApplicationEvents
class CcatWorkflowIT {

    @Autowired
    GenomicTestService tests;
    @Autowired
    TestConsentService consents;
    @Autowired
    CcatWorklist worklist;
    @Autowired
    OverdueMilestones overdueJob;
    @Autowired
    ReferralService referrals;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void dataGoesToCcatOnlyUnderARegistrationConsentAndAWithdrawalCountsAtOnce() {
        long id = order("GenMineTOP");
        clock.setTokyo("2026-12-08T10:00");
        signIn.as("coordinator");
        long form = latestForm();

        consents.record(id, ConsentScope.SECONDARY_USE, ConsentDecision.REFUSED, form, LocalDate.of(2026, 12, 2));
        assertThatThrownBy(() -> tests.recordMilestone(id, MilestoneStep.CLINICAL_DATA_ENTERED, 0,
                LocalDate.of(2026, 12, 8))).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).messageKey()).isEqualTo("ccat.milestone.error.noRegistrationConsent");

        ConsentOverview granted = consents.record(id, ConsentScope.C_CAT_REGISTRATION, ConsentDecision.GRANTED, form,
                LocalDate.of(2026, 12, 8));
        assertThat(granted.submissionAllowed()).isTrue();
        assertThat(tests.get(id).milestone(MilestoneStep.CONSENT, 0).orElseThrow().reachedOn())
                .as("the consent step, reached with the answer on registration").isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(granted.state().get(ConsentScope.SECONDARY_USE).decision()).as("the refusal is kept")
                .isEqualTo(ConsentDecision.REFUSED);
        assertThat(granted.state().get(ConsentScope.C_CAT_REGISTRATION).document().document().sha256())
                .as("the form's hash, checked against its text as read").hasSize(64);
        GenomicTestDetails entered = tests.recordMilestone(id, MilestoneStep.CLINICAL_DATA_ENTERED, 0,
                LocalDate.of(2026, 12, 8));
        assertThat(entered.milestone(MilestoneStep.CLINICAL_DATA_ENTERED, 0).orElseThrow().reachedOn())
                .isEqualTo(LocalDate.of(2026, 12, 8));

        clock.setTokyo("2026-12-09T10:00");
        ConsentOverview withdrawn = consents.record(id, ConsentScope.C_CAT_REGISTRATION, ConsentDecision.WITHDRAWN,
                form, LocalDate.of(2026, 12, 9));
        assertThat(withdrawn.submissionAllowed()).as("at once").isFalse();
        assertThat(consents.consents(id, LocalDate.of(2026, 12, 8)).submissionAllowed())
                .as("as of the day before the withdrawal").isTrue();
        assertThat(consents.consents(id, LocalDate.of(2026, 12, 7)).state())
                .as("before anything was recorded").isEmpty();
        assertThat(withdrawn.history()).extracting(ConsentEntry::decision)
                .containsExactly(ConsentDecision.REFUSED, ConsentDecision.GRANTED, ConsentDecision.WITHDRAWN);
        assertThatThrownBy(() -> consents.record(id, ConsentScope.SECONDARY_USE, ConsentDecision.WITHDRAWN, form,
                LocalDate.of(2026, 12, 9))).as("a refusal cannot be withdrawn").isInstanceOf(Refused.class);

        signIn.as("liaison");
        assertThat(consents.consents(id, null).editable()).as("the referring hospital reads").isFalse();
    }

    @Test
    void onlyTheTestingHospitalsCoordinatorsRecordConsentsAndFollowUpsTheServiceRefusesEveryoneElse() {
        long id = order("GenMineTOP");
        clock.setTokyo("2026-12-08T10:00");
        long form = latestForm();
        FollowUpEntry entry = new FollowUpEntry(null, false, false, TreatmentResponse.NOT_TREATED,
                SurvivalStatus.ALIVE, LocalDate.of(2026, 12, 8));

        for (String reader : new String[] { "liaison", "hospital-admin" }) {
            signIn.as(reader);
            assertThatThrownBy(() -> consents.record(id, ConsentScope.C_CAT_REGISTRATION, ConsentDecision.GRANTED,
                    form, LocalDate.of(2026, 12, 8))).as(reader).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tests.recordFollowUp(id, LocalDate.of(2026, 12, 8), entry)).as(reader)
                    .isInstanceOf(AccessDeniedException.class);
        }
        signIn.as("aoba-coordinator");
        assertThatThrownBy(() -> consents.record(id, ConsentScope.C_CAT_REGISTRATION, ConsentDecision.GRANTED,
                form, LocalDate.of(2026, 12, 8))).as("another hospital's coordinator")
                .isInstanceOf(GenomicTestNotFound.class);
        assertThatThrownBy(() -> tests.recordFollowUp(id, LocalDate.of(2026, 12, 8), entry))
                .isInstanceOf(GenomicTestNotFound.class);

        signIn.as("coordinator");
        assertThat(consents.consents(id, null).history()).as("nothing was recorded").isEmpty();
        assertThat(tests.get(id).followUps()).isEmpty();
    }

    @Test
    void aFollowUpEntryPublishesWhetherTheRecommendedTherapyWasProposedAndGiven(ApplicationEvents events) {
        long id = order("FoundationOne Liquid CDx");
        clock.setTokyo("2027-06-10T10:00");
        signIn.as("coordinator");
        assertThatThrownBy(() -> tests.recordFollowUp(id, LocalDate.of(2027, 6, 9), new FollowUpEntry(null, false,
                true, TreatmentResponse.NOT_TREATED, SurvivalStatus.ALIVE, LocalDate.of(2027, 6, 1))))
                .isInstanceOf(Refused.class).extracting(e -> ((Refused) e).messageKey())
                .isEqualTo("ccat.followUp.error.givenNotProposed");

        GenomicTestDetails test = tests.recordFollowUp(id, LocalDate.of(2027, 6, 9), new FollowUpEntry(
                LocalDate.of(2027, 2, 1), true, true, TreatmentResponse.PARTIAL, SurvivalStatus.ALIVE,
                LocalDate.of(2027, 6, 1)));

        assertThat(test.followUps()).singleElement().satisfies(f -> {
            assertThat(f.number()).isEqualTo(1);
            assertThat(f.entry().response()).isEqualTo(TreatmentResponse.PARTIAL);
        });
        assertThat(test.milestone(MilestoneStep.FOLLOW_UP, 1).orElseThrow().reachedOn())
                .isEqualTo(LocalDate.of(2027, 6, 9));
        assertThat(events.stream(CcatTreatmentRecorded.class)).filteredOn(e -> e.testId() == id).singleElement()
                .satisfies(e -> {
                    assertThat(e.recommendedTherapyProposed()).isTrue();
                    assertThat(e.recommendedTherapyGiven()).isTrue();
                    assertThat(e.testingHospital()).isEqualTo(OrderedTests.TOTO);
                });
    }

    @Test
    void theWorklistPutsTheMostOverdueFirstNamesThePatientAndTheOverdueNoticeGoesOncePerSpell() {
        String patient = "WL-" + System.nanoTime() % 1_000_000;
        long id = new OrderedTests(referrals, signIn, jdbc).order(patient, "院内パネル");
        // consent was due 12/1 and the specimen 12/4: on 12/9 the test waits for its consent, 6 business days late
        clock.setTokyo("2026-12-09T10:00");

        signIn.as("coordinator");
        WorklistRow row = worklist.rows(OwnerFilter.ALL, null).stream().filter(r -> r.testId() == id).findFirst()
                .orElseThrow();
        assertThat(row.step()).isEqualTo(MilestoneStep.CONSENT);
        assertThat(row.businessDaysOverdue()).isEqualTo(6);
        assertThat(row.patientId()).isEqualTo(patient);
        assertThat(row.patientName()).isEqualTo("検査 太郎");
        assertThat(row.missing()).contains("ccat.test.missing.catalogueTest");
        assertThat(worklist.rows(OwnerFilter.ALL, null)).extracting(WorklistRow::businessDaysOverdue)
                .as("most overdue first").isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(worklist.rows(OwnerFilter.MINE, null)).extracting(WorklistRow::testId).doesNotContain(id);
        tests.own(id, MilestoneStep.CONSENT, 0, true);
        assertThat(worklist.rows(OwnerFilter.MINE, MilestoneStep.CONSENT)).extracting(WorklistRow::ownerName)
                .contains("森川 千夏");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'REFERRAL_PATIENTS_LISTED'",
                Long.class)).isPositive();

        signIn.as("liaison");
        assertThat(worklist.rows(OwnerFilter.ALL, null)).as("the referring hospital's own patient")
                .extracting(WorklistRow::testId).contains(id);
        signIn.as("aoba-coordinator");
        assertThat(worklist.rows(OwnerFilter.ALL, null)).extracting(WorklistRow::testId).doesNotContain(id);
        signIn.out();

        overdueJob.notifyOverdueSteps();
        await().atMost(Duration.ofSeconds(20)).until(() -> notices("notice.ccat.milestone.overdueOwned", id) == 1);
        overdueJob.notifyOverdueSteps();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> notices("notice.ccat.milestone.overdueOwned", id) == 1);
        assertThat(jdbc.queryForList("""
                select r.user_id from notification n join notification_recipient r on r.notification_id = n.id
                where n.message_key = 'notice.ccat.milestone.overdueOwned' and n.link = ?""", Long.class,
                "ccat/tests/" + id)).as("only the owner, not every coordinator").containsExactly(3L);
    }

    private long notices(String key, long testId) {
        return jdbc.queryForObject("select count(*) from notification where message_key = ? and link = ?",
                Long.class, key, "ccat/tests/" + testId);
    }

    private long latestForm() {
        return jdbc.queryForObject("select max(id) from ccat_consent_document", Long.class);
    }

    private long order(String testName) {
        return new OrderedTests(referrals, signIn, jdbc).order(testName);
    }
}
