package jp.renkei.ccat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.ccat.milestone.MilestoneStatus;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.ccat.milestone.SampleType;
import jp.renkei.expertpanel.PanelCaseConcluded;
import jp.renkei.expertpanel.PanelCaseExplained;
import jp.renkei.referral.ReferralService;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.workflow.Refused;

/**
 * Genomic tests on the real database: 相模野 (5, the liaison clinician's hospital) refers a patient to 東都 (1, the
 * coordinator's), whose coordinator orders the test. The clock starts on Tuesday 2026-12-01, so the plan runs into
 * the year-end closure (12/29–1/3) and 成人の日 (2027-01-11).
 */
@RenkeiIntegrationTest
@RecordApplicationEvents
class GenomicTestIT {

    private static final HospitalId SAGAMINO = OrderedTests.SAGAMINO;
    private static final HospitalId TOTO = OrderedTests.TOTO;

    @Autowired
    GenomicTestService service;
    @Autowired
    ReferralService referrals;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
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
    void orderingATestOpensItsRecordWithDueDatesInBusinessDaysSeenByBothHospitalsOnly() {
        long id = testOrdered("FoundationOne CDx");

        signIn.as("coordinator");
        GenomicTestDetails test = service.get(id);
        assertThat(test.catalogueTestId()).as("matched by name").isEqualTo("F1CDX");
        assertThat(test.sampleType()).isEqualTo(SampleType.TISSUE);
        assertThat(test.missing()).as("only the consent, still to be recorded")
                .containsExactly("ccat.test.missing.registrationConsent");
        assertThat(test.editable()).isTrue();
        assertThat(test.referringHospital()).isEqualTo(SAGAMINO);
        assertThat(test.testingHospital()).isEqualTo(TOTO);
        Map<MilestoneStep, LocalDate> due = dueDates(test);
        assertThat(due).containsEntry(MilestoneStep.CONSENT, LocalDate.of(2026, 12, 1))
                .containsEntry(MilestoneStep.SPECIMEN_SHIPPED, LocalDate.of(2026, 12, 4))
                .as("F1CDx's 14 business days").containsEntry(MilestoneStep.LAB_RESULT_UPLOADED, LocalDate.of(2026, 12, 24))
                .as("over the year-end closure").containsEntry(MilestoneStep.CLINICAL_DATA_ENTERED, LocalDate.of(2027, 1, 4))
                .as("past 成人の日").containsEntry(MilestoneStep.CCAT_REPORT_RECEIVED, LocalDate.of(2027, 1, 12));
        assertThat(test.milestones()).filteredOn(m -> m.step() == MilestoneStep.FOLLOW_UP).hasSize(4);
        assertThat(test.milestones()).allSatisfy(m -> assertThat(m.status()).isEqualTo(MilestoneStatus.OPEN));
        assertThat(audited("CCAT_TEST_VIEWED", id)).isEqualTo(1);

        signIn.as("liaison");
        assertThat(service.get(id)).as("the referring hospital's liaison clinician follows their patient's test")
                .satisfies(seen -> assertThat(seen.editable()).isFalse());
        assertThatThrownBy(() -> service.recordMilestone(id, MilestoneStep.CONSENT, 0, LocalDate.of(2026, 12, 1)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        signIn.as("aoba-coordinator");
        assertThatThrownBy(() -> service.get(id)).as("another hospital's coordinator")
                .isInstanceOf(GenomicTestNotFound.class);
        signIn.as("liaison2");
        assertThatThrownBy(() -> service.get(id)).isInstanceOf(GenomicTestNotFound.class);
    }

    @Test
    void aTestNotInTheCatalogueSaysWhatIsMissingUntilTheCoordinatorChoosesIt() {
        long id = testOrdered("院内で検討中のパネル");

        signIn.as("coordinator");
        GenomicTestDetails test = service.get(id);
        assertThat(test.catalogueTestId()).isNull();
        assertThat(test.orderedTestName()).isEqualTo("院内で検討中のパネル");
        assertThat(test.missing()).containsExactly("ccat.test.missing.catalogueTest", "ccat.test.missing.sampleType",
                "ccat.test.missing.registrationConsent");
        assertThat(dueDates(test)).as("the longest lab turnaround (GenMineTOP, 27) until the test is chosen")
                .containsEntry(MilestoneStep.LAB_RESULT_UPLOADED, LocalDate.of(2027, 1, 19));

        GenomicTestDetails chosen = service.describe(id, test.version(), "F1LCDX", SampleType.BLOOD,
                test.purpose(), TestCoverage.ADVANCED_MEDICAL);
        assertThat(chosen.missing()).containsExactly("ccat.test.missing.registrationConsent");
        assertThat(chosen.coverage()).isEqualTo(TestCoverage.ADVANCED_MEDICAL);
        assertThat(dueDates(chosen)).as("FoundationOne Liquid CDx's 15 business days after 12/4")
                .containsEntry(MilestoneStep.LAB_RESULT_UPLOADED, LocalDate.of(2026, 12, 25));
        assertThatThrownBy(() -> service.describe(id, test.version(), "F1CDX", SampleType.TISSUE, test.purpose(),
                test.coverage())).as("a stale version").isInstanceOf(Refused.class);
    }

    @Test
    void recordingMilestonesRePlansTheRestRefusesImpossibleDatesAndPublishesTheStep(ApplicationEvents published) {
        long id = testOrdered("GenMineTOP");
        clock.setTokyo("2026-12-10T09:00");

        signIn.as("coordinator");
        service.recordMilestone(id, MilestoneStep.CONSENT, 0, LocalDate.of(2026, 12, 2));
        GenomicTestDetails shipped = service.recordMilestone(id, MilestoneStep.SPECIMEN_SHIPPED, 0,
                LocalDate.of(2026, 12, 9));
        assertThat(shipped.milestones()).filteredOn(m -> m.step() == MilestoneStep.SPECIMEN_SHIPPED).singleElement()
                .satisfies(m -> {
                    assertThat(m.status()).as("due 12/4, shipped 12/9").isEqualTo(MilestoneStatus.REACHED_LATE);
                    assertThat(m.recordedByName()).isEqualTo("森川 千夏");
                });
        assertThat(dueDates(shipped)).as("27 business days from the real shipping day, over the year-end closure")
                .containsEntry(MilestoneStep.LAB_RESULT_UPLOADED, LocalDate.of(2027, 1, 22));
        assertThat(published.stream(CcatMilestoneReached.class))
                .filteredOn(e -> e.testId() == id && e.step() == MilestoneStep.SPECIMEN_SHIPPED).singleElement()
                .satisfies(e -> {
                    assertThat(e.reachedOn()).isEqualTo(LocalDate.of(2026, 12, 9));
                    assertThat(e.testingHospital()).isEqualTo(TOTO);
                    assertThat(e.referringHospital()).isEqualTo(SAGAMINO);
                });

        assertThatThrownBy(() -> service.recordMilestone(id, MilestoneStep.LAB_RESULT_UPLOADED, 0,
                LocalDate.of(2026, 12, 11))).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).messageKey()).isEqualTo("ccat.milestone.error.inFuture");
        assertThatThrownBy(() -> service.recordMilestone(id, MilestoneStep.LAB_RESULT_UPLOADED, 0,
                LocalDate.of(2026, 12, 8))).isInstanceOf(Refused.class)
                .satisfies(e -> {
                    assertThat(((Refused) e).messageKey()).isEqualTo("ccat.milestone.error.beforePrevious");
                    assertThat(((Refused) e).arguments()).containsExactly("2026/12/09");
                });
        assertThatThrownBy(() -> service.recordMilestone(id, MilestoneStep.CLINICAL_DATA_ENTERED, 0,
                LocalDate.of(2026, 12, 10))).as("no registration consent on record")
                .isInstanceOf(Refused.class).extracting(e -> ((Refused) e).messageKey())
                .isEqualTo("ccat.milestone.error.noRegistrationConsent");
    }

    @Test
    void thePanelsConclusionFillsInThePanelStepWhichIsThenNotTypedByHand() {
        long id = testOrdered("OncoGuide NCCオンコパネル");
        long referral = referralOf(id);
        long panelCase = 900_000 + System.nanoTime() % 90_000;

        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(
                new PanelCaseConcluded(panelCase, referral, SAGAMINO, TOTO, "solid-2025", "1", clock.instant())));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from ccat_milestone where test_id = ? and step = 'PANEL_HELD' and reached_on is not null",
                Long.class, id) == 1);

        signIn.as("coordinator");
        GenomicTestDetails test = service.get(id);
        assertThat(test.panelCaseId()).isEqualTo(panelCase);
        assertThat(test.milestones()).filteredOn(m -> m.step() == MilestoneStep.PANEL_HELD).singleElement()
                .satisfies(m -> {
                    assertThat(m.reachedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
                    assertThat(m.fromPanel()).isTrue();
                });
        assertThatThrownBy(() -> service.recordMilestone(id, MilestoneStep.PANEL_HELD, 0, LocalDate.of(2026, 12, 1)))
                .isInstanceOf(Refused.class).extracting(e -> ((Refused) e).messageKey())
                .isEqualTo("ccat.milestone.error.fromPanel");

        // the referring hospital records the explanation on the panel case; the test follows
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(
                new PanelCaseExplained(panelCase, referral, SAGAMINO, TOTO, LocalDate.of(2026, 12, 1), clock.instant())));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from ccat_milestone where test_id = ? and step = 'RESULT_EXPLAINED' and reached_on = ?",
                Long.class, id, LocalDate.of(2026, 12, 1)) == 1);
        assertThat(service.get(id).milestones()).filteredOn(m -> m.step() == MilestoneStep.RESULT_EXPLAINED)
                .singleElement().satisfies(m -> assertThat(m.fromPanel()).isTrue());
    }

    private long testOrdered(String testName) {
        return new OrderedTests(referrals, signIn, jdbc).order(testName);
    }

    private long referralOf(long testId) {
        return jdbc.queryForObject("select referral_id from ccat_test where id = ?", Long.class, testId);
    }

    private long audited(String action, long testId) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject = ?", Long.class,
                action, "ccat_test:" + testId);
    }

    private static Map<MilestoneStep, LocalDate> dueDates(GenomicTestDetails test) {
        return test.milestones().stream().filter(m -> m.step() != MilestoneStep.FOLLOW_UP)
                .collect(Collectors.toMap(MilestoneDetails::step, MilestoneDetails::dueOn));
    }
}
