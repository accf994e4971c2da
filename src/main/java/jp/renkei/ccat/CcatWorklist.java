package jp.renkei.ccat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.ccat.milestone.Milestone;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.ccat.milestone.TestCatalogue;
import jp.renkei.referral.ReferralId;
import jp.renkei.referral.ReferralService;
import jp.renkei.referral.ReferredPatient;
import jp.renkei.shared.calendar.BusinessCalendar;
import jp.renkei.shared.workflow.Actor;

/**
 * "Which of our tests are stuck, and why": each test at the step it waits for, if that step is overdue or due
 * within {@value #HORIZON_BUSINESS_DAYS} business days, the most overdue first. One indexed query over the stored
 * due dates; referred patients are named by the referral module in one audited read, the hospital's own patients by
 * their tests, audited likewise.
 */
@Service
public class CcatWorklist {

    static final int HORIZON_BUSINESS_DAYS = 10;
    // more open steps than any hospital has in its horizon; the list is a work queue, not an archive
    private static final int MAX_OPEN_STEPS = 2_000;

    private final TestMilestoneRepository milestones;
    private final GenomicTestRepository tests;
    private final ReferralService referrals;
    private final TestCatalogue catalogue;
    private final TestAccess access;
    private final MissingItems missing;
    private final BusinessCalendar calendar = BusinessCalendar.japaneseHospitals();

    CcatWorklist(TestMilestoneRepository milestones, GenomicTestRepository tests, ReferralService referrals,
            TestCatalogue catalogue, TestAccess access, MissingItems missing) {
        this.milestones = milestones;
        this.tests = tests;
        this.referrals = referrals;
        this.catalogue = catalogue;
        this.access = access;
        this.missing = missing;
    }

    /** The live topic of the signed-in person's hospital's worklist. */
    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'LIAISON_CLINICIAN')")
    public String liveTopic() {
        return CcatLivePages.worklist(access.actor().hospital());
    }

    /** {@code stage} null for every stage. */
    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'LIAISON_CLINICIAN')")
    @Transactional // not read-only: the patients' names are read with an audit entry
    public List<WorklistRow> rows(OwnerFilter owner, MilestoneStep stage) {
        Actor actor = access.actor();
        LocalDate today = access.today();
        Map<Long, TestMilestone> waiting = new LinkedHashMap<>();
        // the earliest open step of a test is the one it waits for; later ones follow from it
        milestones.openDueBy(calendar.addBusinessDays(today, HORIZON_BUSINESS_DAYS), Limit.of(MAX_OPEN_STEPS))
                .forEach(m -> waiting.putIfAbsent(m.testId(), m));
        List<TestMilestone> shown = waiting.values().stream()
                .filter(m -> stage == null || m.step() == stage)
                .filter(m -> switch (owner) {
                    case MINE -> actor.user() != null && actor.user().equals(m.owner());
                    case UNASSIGNED -> m.owner() == null;
                    case ALL -> true;
                })
                .sorted(Comparator.comparing(TestMilestone::dueOn).thenComparing(TestMilestone::testId))
                .toList();
        Map<Long, GenomicTest> byId = tests.findAllById(shown.stream().map(TestMilestone::testId).toList()).stream()
                .collect(Collectors.toMap(GenomicTest::id, Function.identity()));
        Map<ReferralId, ReferredPatient> patients = referrals.patientsFor(byId.values().stream()
                .map(GenomicTest::referralId).filter(Objects::nonNull).map(ReferralId::new).toList());
        List<Long> ownPatients = byId.values().stream().filter(t -> t.referralId() == null).map(GenomicTest::id)
                .sorted().toList();
        if (!ownPatients.isEmpty()) {
            access.audit(actor, "CCAT_OWN_PATIENTS_LISTED", "ccat_test:" + ownPatients);
        }
        return shown.stream().map(m -> row(m, byId.get(m.testId()), patients, today)).toList();
    }

    private WorklistRow row(TestMilestone step, GenomicTest test, Map<ReferralId, ReferredPatient> patients,
            LocalDate today) {
        ReferredPatient patient = test.referralId() == null
                ? new ReferredPatient(test.ownPatientId(), test.ownPatientName())
                : patients.get(new ReferralId(test.referralId()));
        var chosen = test.catalogueTestId() == null ? null : catalogue.find(test.catalogueTestId()).orElse(null);
        Milestone milestone = step.asMilestone();
        return new WorklistRow(test.id(), test.referralId(), patient == null ? null : patient.hospitalPatientId(),
                patient == null ? null : patient.nameKanji(), chosen == null ? test.orderedTestName() : chosen.name(),
                step.step(), step.followUpNumber(), step.dueOn(), milestone.statusOn(today),
                milestone.businessDaysOverdue(today, calendar), step.ownerName(),
                missing.of(test, chosen));
    }
}
