package jp.renkei.ccat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.ccat.billing.TestPurpose;
import jp.renkei.ccat.milestone.CatalogueTest;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.ccat.milestone.SampleType;
import jp.renkei.ccat.milestone.TestCatalogue;
import jp.renkei.referral.ReferralId;
import jp.renkei.referral.ReferralService;
import jp.renkei.referral.ReferredPatient;
import jp.renkei.shared.Role;
import jp.renkei.shared.calendar.BusinessCalendar;
import jp.renkei.shared.text.FreeText;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.shared.workflow.ChangedConcurrently;
import jp.renkei.shared.workflow.Refused;
import jp.renkei.shared.workflow.RetriedOnConflict;

/**
 * A genomic test as the testing hospital's coordinator keeps it and the referring hospital's liaison clinician
 * follows it. Both hospitals read (audited; the patient is named by the referral module's audited read, or for the
 * hospital's own patient by the test); only the testing hospital's coordinators change it. The steps the panel
 * module knows (panel held, result explained) come from its events and are never typed here; data is marked as
 * entered for C-CAT only under a valid registration consent.
 */
@Service
public class GenomicTestService {

    private static final Set<MilestoneStep> FROM_PANEL = EnumSet.of(MilestoneStep.PANEL_HELD,
            MilestoneStep.RESULT_EXPLAINED);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    // as the referral form takes a patient ID
    private static final Pattern PATIENT_ID = Pattern.compile("[A-Za-z0-9-]{1,30}");

    private final GenomicTestRepository tests;
    private final TestMilestones milestones;
    private final FollowUpRecordRepository followUps;
    private final TestConsents consents;
    private final TestCatalogue catalogue;
    private final TestAccess access;
    private final ReferralService referrals;
    private final CcatLivePages live;
    private final MissingItems missing;
    private final ApplicationEventPublisher events;
    private final TestDraftRepository drafts;
    private final BusinessCalendar calendar = BusinessCalendar.japaneseHospitals();

    GenomicTestService(GenomicTestRepository tests, TestMilestones milestones, FollowUpRecordRepository followUps,
            TestConsents consents, TestCatalogue catalogue, TestAccess access, ReferralService referrals,
            CcatLivePages live, MissingItems missing, ApplicationEventPublisher events, TestDraftRepository drafts) {
        this.tests = tests;
        this.milestones = milestones;
        this.followUps = followUps;
        this.consents = consents;
        this.catalogue = catalogue;
        this.access = access;
        this.referrals = referrals;
        this.live = live;
        this.missing = missing;
        this.events = events;
        this.drafts = drafts;
    }

    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'LIAISON_CLINICIAN')")
    @Transactional // not read-only: the read is audited in the same transaction
    public GenomicTestDetails get(long testId) {
        Actor actor = access.actor();
        GenomicTest test = access.visible(testId);
        access.audit(actor, "CCAT_TEST_VIEWED", test, null);
        return details(test, actor);
    }

    /** The test of a referral, if the receiving hospital has ordered one. */
    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'LIAISON_CLINICIAN')")
    @Transactional(readOnly = true)
    public Optional<Long> testOfReferral(long referralId) {
        return tests.findByReferralId(referralId).map(GenomicTest::id);
    }

    /** The catalogue tests a coordinator chooses from (no patient data). */
    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'LIAISON_CLINICIAN')")
    public List<CatalogueTest> catalogue() {
        return catalogue.tests();
    }

    /** Whether the signed-in person may open a test for the hospital's own patient (its coordinators). */
    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'LIAISON_CLINICIAN')")
    public boolean canOpenForOwnPatient() {
        return access.holds(Role.CORE_COORDINATOR);
    }

    /**
     * A coordinator opens a test for the hospital's own patient (no referral): the patient as the hospital knows
     * them, the catalogue test and the day it was ordered (not in the future). Returns the new test's id.
     */
    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional
    @RetriedOnConflict
    public long openForOwnPatient(String typedPatientId, String typedName, String catalogueTestId,
            LocalDate orderedOn) {
        Actor actor = access.actor();
        String patientId = FreeText.name("input.field.patientId", typedPatientId, 50);
        if (patientId == null || !PATIENT_ID.matcher(patientId).matches()) {
            throw new Refused("ccat.test.error.patientId", "own patient " + patientId);
        }
        String name = FreeText.name("input.field.nameKanji", typedName, 100);
        if (name == null || name.isBlank()) {
            throw new Refused("ccat.test.error.patientName", "own patient " + patientId);
        }
        CatalogueTest ordered = catalogue.find(catalogueTestId == null ? "" : catalogueTestId)
                .orElseThrow(() -> new Refused("ccat.test.error.catalogueTestRequired", "own patient " + patientId));
        if (orderedOn == null) {
            throw new Refused("ccat.milestone.error.dayRequired", "own patient " + patientId);
        }
        if (orderedOn.isAfter(access.today())) {
            throw new Refused("ccat.milestone.error.inFuture", "own patient " + patientId + " " + orderedOn);
        }
        GenomicTest test = tests.saveAndFlush(GenomicTest.forOwnPatient(actor.hospital(), patientId, name.strip(),
                ordered, orderedOn, access.clock().instant()));
        milestones.open(test);
        live.changed(test);
        access.audit(actor, "CCAT_TEST_OPENED", test, "own patient " + ordered.id());
        return test.id();
    }

    /** The coordinator describes the test; choosing a catalogue test re-plans the lab step by its turnaround. */
    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional
    @RetriedOnConflict
    public GenomicTestDetails describe(long testId, long expectedVersion, String catalogueTestId,
            SampleType sampleType, TestPurpose purpose, TestCoverage coverage) {
        Actor actor = access.actor();
        GenomicTest test = access.testingSide(testId, actor);
        if (test.version() != expectedVersion) {
            throw new ChangedConcurrently("ccat_test:" + testId);
        }
        CatalogueTest chosen = catalogueTestId == null ? null : catalogue.find(catalogueTestId)
                .orElseThrow(() -> new Refused("ccat.test.error.unknownCatalogueTest", catalogueTestId));
        test.describe(chosen, sampleType, purpose, coverage);
        recorded(test, TestDraftForm.PARTICULARS, actor);
        milestones.replan(test, milestones.of(test));
        tests.flush();
        live.changed(test);
        access.audit(actor, "CCAT_TEST_DESCRIBED", test,
                catalogueTestId + " " + sampleType + " " + purpose + " " + coverage);
        return details(test, actor);
    }

    /**
     * The step was reached on {@code day}: not in the future, not before a step before it was reached, follow-ups in
     * order. The panel's steps are refused once the test is linked to its panel case (they come from there), and
     * the clinical data only counts as entered for C-CAT under a registration consent valid by then.
     */
    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional
    @RetriedOnConflict
    public GenomicTestDetails recordMilestone(long testId, MilestoneStep step, int followUpNumber, LocalDate day) {
        Actor actor = access.actor();
        GenomicTest test = access.testingSide(testId, actor);
        if (step == MilestoneStep.FOLLOW_UP) {
            throw new Refused("ccat.followUp.error.useTheForm", "test " + testId);
        }
        reach(test, step, 0, day, actor);
        recorded(test, TestDraftForm.MILESTONE, actor);
        return details(test, actor);
    }

    /** A follow-up entry: reaches the next follow-up step on {@code recordedOn} and publishes the treatment facts. */
    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional
    @RetriedOnConflict
    public GenomicTestDetails recordFollowUp(long testId, LocalDate recordedOn, FollowUpEntry entry) {
        Actor actor = access.actor();
        GenomicTest test = access.testingSide(testId, actor);
        FollowUpRules.check(entry, access.today());
        int number = followUps.findByTestIdOrderByFollowUpNumberAsc(test.id()).size() + 1;
        if (milestones.of(test).stream().noneMatch(m -> m.is(MilestoneStep.FOLLOW_UP, number))) {
            throw new Refused("ccat.followUp.error.allEntered", "test " + testId);
        }
        reach(test, MilestoneStep.FOLLOW_UP, number, recordedOn, actor);
        followUps.save(new FollowUpRecord(test, number, recordedOn, entry, actor, access.clock().instant()));
        recorded(test, TestDraftForm.FOLLOW_UP, actor);
        events.publishEvent(new CcatTreatmentRecorded(test.id(), test.referralId(), test.testingHospital(),
                test.referringHospital(), entry.recommendedTherapyProposed(), entry.recommendedTherapyGiven(),
                recordedOn, access.clock().instant()));
        return details(test, actor);
    }

    /** The signed-in coordinator takes the step on ({@code take}), or gives it back to the unassigned pile. */
    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional
    @RetriedOnConflict
    public GenomicTestDetails own(long testId, MilestoneStep step, int followUpNumber, boolean take) {
        Actor actor = access.actor();
        GenomicTest test = access.testingSide(testId, actor);
        TestMilestone milestone = milestones.of(test).stream().filter(m -> m.is(step, followUpNumber)).findFirst()
                .orElseThrow(() -> new GenomicTestNotFound(testId));
        if (take) {
            milestone.assignTo(actor);
        } else {
            milestone.release();
        }
        tests.flush();
        live.changed(test);
        access.audit(actor, take ? "CCAT_MILESTONE_TAKEN" : "CCAT_MILESTONE_RELEASED", test, label(step, followUpNumber));
        return details(test, actor);
    }

    private void reach(GenomicTest test, MilestoneStep step, int followUpNumber, LocalDate day, Actor actor) {
        if (day == null) {
            throw new Refused("ccat.milestone.error.dayRequired", "test " + test.id());
        }
        if (day.isAfter(access.today())) {
            throw new Refused("ccat.milestone.error.inFuture", "test " + test.id() + " " + step + " " + day);
        }
        if (FROM_PANEL.contains(step) && test.panelCaseId() != null) {
            throw new Refused("ccat.milestone.error.fromPanel", "test " + test.id() + " " + step);
        }
        if (step == MilestoneStep.CLINICAL_DATA_ENTERED
                // the consent must hold on the day the data went to C-CAT: by the end of that day, or now
                && !consents.submissionAllowedAt(test, access.endOfDayOrNow(day))) {
            throw new Refused("ccat.milestone.error.noRegistrationConsent", "test " + test.id() + " " + day);
        }
        requireAfterEarlierSteps(milestones.of(test), step, followUpNumber, day);
        milestones.reach(test, step, followUpNumber, day, actor);
        tests.flush();
        access.audit(actor, "CCAT_MILESTONE_RECORDED", test, label(step, followUpNumber) + " " + day);
    }

    private static void requireAfterEarlierSteps(List<TestMilestone> stored, MilestoneStep step, int followUpNumber,
            LocalDate day) {
        stored.stream()
                .filter(m -> m.step().compareTo(step) < 0
                        || (m.step() == step && m.followUpNumber() < followUpNumber))
                .filter(m -> m.reachedOn() != null && m.reachedOn().isAfter(day))
                .max(Comparator.comparing(TestMilestone::reachedOn))
                .ifPresent(earlier -> {
                    throw new Refused("ccat.milestone.error.beforePrevious", step + " " + day + " before "
                            + earlier.step() + " " + earlier.reachedOn(), DAY.format(earlier.reachedOn()));
                });
    }

    private GenomicTestDetails details(GenomicTest test, Actor actor) {
        LocalDate today = access.today();
        List<MilestoneDetails> steps = milestones.of(test).stream()
                .map(m -> new MilestoneDetails(m.step(), m.followUpNumber(), m.dueOn(), m.reachedOn(),
                        m.asMilestone().statusOn(today), m.asMilestone().businessDaysOverdue(today, calendar),
                        m.owner(), m.ownerName(), m.recordedByName(), m.recordedAt(),
                        FROM_PANEL.contains(m.step()) && test.panelCaseId() != null,
                        m.owner() != null && m.owner().equals(actor.user())))
                .toList();
        CatalogueTest chosen = test.catalogueTestId() == null ? null
                : catalogue.find(test.catalogueTestId()).orElse(null);
        List<FollowUpDetails> entries = followUps.findByTestIdOrderByFollowUpNumberAsc(test.id()).stream()
                .map(f -> new FollowUpDetails(f.followUpNumber(), f.recordedOn(), f.entry())).toList();
        ReferredPatient patient = test.referralId() == null
                ? new ReferredPatient(test.ownPatientId(), test.ownPatientName())
                : referrals.patientFor(new ReferralId(test.referralId()));
        return new GenomicTestDetails(test.id(), test.version(), test.referralId(), test.panelCaseId(),
                test.testingHospital(), test.referringHospital(), patient.hospitalPatientId(), patient.nameKanji(),
                test.orderedTestName(), test.catalogueTestId(),
                chosen == null ? null : chosen.name(), test.sampleType(), test.purpose(), test.coverage(),
                test.orderedOn(), steps, missing.of(test, chosen), entries, access.editable(test, actor));
    }

    private static String label(MilestoneStep step, int followUpNumber) {
        return step + (followUpNumber > 0 ? " #" + followUpNumber : "");
    }

    /** What the form held is recorded now: its draft has served. */
    private void recorded(GenomicTest test, TestDraftForm form, Actor actor) {
        drafts.deleteByTestIdAndFormAndAuthorId(test.id(), form, actor.user().value());
    }

}
