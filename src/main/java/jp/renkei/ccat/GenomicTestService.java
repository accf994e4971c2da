package jp.renkei.ccat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.ccat.billing.TestPurpose;
import jp.renkei.ccat.milestone.CatalogueTest;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.ccat.milestone.SampleType;
import jp.renkei.ccat.milestone.TestCatalogue;
import jp.renkei.identity.CurrentActor;
import jp.renkei.identity.CurrentUser;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.calendar.BusinessCalendar;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.shared.workflow.ChangedConcurrently;
import jp.renkei.shared.workflow.Refused;

/**
 * A genomic test as the testing hospital's coordinator keeps it and the referring hospital's liaison clinician
 * follows it. Both hospitals read (audited); only the testing hospital's coordinators change it. The steps the panel
 * module knows (panel held, result explained) come from its events and are never typed here.
 */
@Service
public class GenomicTestService {

    private static final Set<MilestoneStep> FROM_PANEL = EnumSet.of(MilestoneStep.PANEL_HELD,
            MilestoneStep.RESULT_EXPLAINED);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final GenomicTestRepository tests;
    private final TestMilestones milestones;
    private final TestCatalogue catalogue;
    private final CurrentActor currentActor;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BusinessCalendar calendar = BusinessCalendar.japaneseHospitals();

    GenomicTestService(GenomicTestRepository tests, TestMilestones milestones, TestCatalogue catalogue,
            CurrentActor currentActor, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.tests = tests;
        this.milestones = milestones;
        this.catalogue = catalogue;
        this.currentActor = currentActor;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'LIAISON_CLINICIAN')")
    @Transactional // not read-only: the read is audited in the same transaction
    public GenomicTestDetails get(long testId) {
        Actor actor = currentActor.require();
        GenomicTest test = test(testId);
        audit(actor, "CCAT_TEST_VIEWED", test, null);
        return details(test, actor);
    }

    /** The test of a referral, if the receiving hospital has ordered one. */
    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'LIAISON_CLINICIAN')")
    @Transactional(readOnly = true)
    public Optional<Long> testOfReferral(long referralId) {
        return tests.findByReferralId(referralId).map(GenomicTest::id);
    }

    /** The coordinator describes the test; choosing a catalogue test re-plans the lab step by its turnaround. */
    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional
    public GenomicTestDetails describe(long testId, long expectedVersion, String catalogueTestId,
            SampleType sampleType, TestPurpose purpose, TestCoverage coverage) {
        Actor actor = currentActor.require();
        GenomicTest test = testingSide(testId, actor);
        if (test.version() != expectedVersion) {
            throw new ChangedConcurrently("ccat_test:" + testId);
        }
        CatalogueTest chosen = catalogueTestId == null ? null : catalogue.find(catalogueTestId)
                .orElseThrow(() -> new Refused("ccat.test.error.unknownCatalogueTest", catalogueTestId));
        test.describe(chosen, sampleType, purpose, coverage);
        milestones.replan(test, milestones.of(test));
        tests.flush();
        audit(actor, "CCAT_TEST_DESCRIBED", test, catalogueTestId + " " + sampleType + " " + purpose + " " + coverage);
        return details(test, actor);
    }

    /**
     * The step was reached on {@code day}: not in the future, not before a step before it was reached, follow-ups in
     * order. The panel's steps are refused once the test is linked to its panel case (they come from there).
     */
    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional
    public GenomicTestDetails recordMilestone(long testId, MilestoneStep step, int followUpNumber, LocalDate day) {
        Actor actor = currentActor.require();
        GenomicTest test = testingSide(testId, actor);
        if (day == null) {
            throw new Refused("ccat.milestone.error.dayRequired", "test " + testId);
        }
        if (day.isAfter(today())) {
            throw new Refused("ccat.milestone.error.inFuture", "test " + testId + " " + step + " " + day);
        }
        if (FROM_PANEL.contains(step) && test.panelCaseId() != null) {
            throw new Refused("ccat.milestone.error.fromPanel", "test " + testId + " " + step);
        }
        List<TestMilestone> stored = milestones.of(test);
        requireAfterEarlierSteps(stored, step, followUpNumber, day);
        if (step == MilestoneStep.FOLLOW_UP && followUpNumber > 1 && stored.stream()
                .noneMatch(m -> m.is(MilestoneStep.FOLLOW_UP, followUpNumber - 1) && m.reachedOn() != null)) {
            throw new Refused("ccat.milestone.error.followUpOrder", "test " + testId + " #" + followUpNumber);
        }
        milestones.reach(test, step, followUpNumber, day, actor);
        tests.flush();
        audit(actor, "CCAT_MILESTONE_RECORDED", test, step + (followUpNumber > 0 ? " #" + followUpNumber : "")
                + " " + day);
        return details(test, actor);
    }

    private static void requireAfterEarlierSteps(List<TestMilestone> stored, MilestoneStep step, int followUpNumber,
            LocalDate day) {
        Comparator<TestMilestone> order = Comparator.comparing(TestMilestone::step)
                .thenComparingInt(TestMilestone::followUpNumber);
        stored.stream()
                .filter(m -> m.step().compareTo(step) < 0
                        || (m.step() == step && m.followUpNumber() < followUpNumber))
                .filter(m -> m.reachedOn() != null && m.reachedOn().isAfter(day))
                .max(order)
                .ifPresent(earlier -> {
                    throw new Refused("ccat.milestone.error.beforePrevious", step + " " + day + " before "
                            + earlier.step() + " " + earlier.reachedOn(), DAY.format(earlier.reachedOn()));
                });
    }

    private GenomicTestDetails details(GenomicTest test, Actor actor) {
        LocalDate today = today();
        List<MilestoneDetails> steps = milestones.of(test).stream()
                .map(m -> new MilestoneDetails(m.step(), m.followUpNumber(), m.dueOn(), m.reachedOn(),
                        m.asMilestone().statusOn(today), m.asMilestone().businessDaysOverdue(today, calendar),
                        m.owner(), m.recordedByName(), m.recordedAt(),
                        FROM_PANEL.contains(m.step()) && test.panelCaseId() != null))
                .toList();
        CatalogueTest chosen = test.catalogueTestId() == null ? null
                : catalogue.find(test.catalogueTestId()).orElse(null);
        List<String> missing = new ArrayList<>();
        if (chosen == null) {
            missing.add("ccat.test.missing.catalogueTest");
        }
        if (test.sampleType() == null) {
            missing.add("ccat.test.missing.sampleType");
        }
        boolean editable = actor.hospital().equals(test.testingHospital()) && holds(Role.CORE_COORDINATOR);
        return new GenomicTestDetails(test.id(), test.version(), test.referralId(), test.panelCaseId(),
                test.testingHospital(), test.referringHospital(), test.orderedTestName(), test.catalogueTestId(),
                chosen == null ? null : chosen.name(), test.sampleType(), test.purpose(), test.coverage(),
                test.orderedOn(), steps, missing, editable);
    }

    private GenomicTest test(long testId) {
        return tests.findById(testId).orElseThrow(() -> new GenomicTestNotFound(testId));
    }

    /** Only the testing hospital keeps the record; the referring hospital reads it. */
    private GenomicTest testingSide(long testId, Actor actor) {
        GenomicTest test = test(testId);
        if (!test.testingHospital().equals(actor.hospital())) {
            throw new Refused("ccat.test.error.testingHospitalOnly", "ccat_test:" + testId);
        }
        return test;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(JapanTime.ZONE));
    }

    private boolean holds(Role role) {
        return currentUser.require().has(role);
    }

    private void audit(Actor actor, String action, GenomicTest test, String detail) {
        events.publishEvent(AuditEvent.byUser(actor.user(), actor.name(), actor.hospital(), action,
                "ccat_test:" + test.id(), detail));
    }
}
