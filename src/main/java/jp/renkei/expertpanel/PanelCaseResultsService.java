package jp.renkei.expertpanel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.identity.CurrentActor;
import jp.renkei.identity.CurrentUser;
import jp.renkei.referral.ReferralMilestones;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.shared.workflow.RetriedOnConflict;

/**
 * The hand-offs after a case is concluded, as the case page shows them: the report, the explanation to the patient
 * and the germline confirmation (both recorded by the referring clinician), the counseling request a secondary
 * finding raised, and the turnaround. Reads are audited like the case itself.
 */
@Service
public class PanelCaseResultsService {

    private final PanelCaseRepository cases;
    private final PanelReportRepository reports;
    private final CaseFactsSource facts;
    private final ObjectProvider<CounselingFollowUp> counseling;
    private final PanelCaseAttachmentRepository attachments;
    private final PanelCaseVariantRepository variants;
    private final CurrentActor currentActor;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PanelCaseResultsService(PanelCaseRepository cases, PanelReportRepository reports, CaseFactsSource facts,
            ObjectProvider<CounselingFollowUp> counseling, PanelCaseAttachmentRepository attachments,
            PanelCaseVariantRepository variants, CurrentActor currentActor, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.reports = reports;
        this.facts = facts;
        this.counseling = counseling;
        this.attachments = attachments;
        this.variants = variants;
        this.currentActor = currentActor;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'HOSPITAL_ADMIN', 'PANEL_MEMBER', 'LIAISON_CLINICIAN')")
    @Transactional
    public PanelCaseResults results(long caseId) {
        Actor actor = currentActor.require();
        PanelCase c = panelCase(caseId);
        Optional<PanelReport> report = reports.findByPanelCaseId(caseId);
        ReferralMilestones milestones = facts.milestones(c);
        Turnaround turnaround = Turnaround.of(milestones.sentAt(), milestones.specimenCollectedOn(),
                attachments.firstReceivedOn(caseId, CaseAttachmentKind.CCAT_REPORT).orElse(null),
                c.concludedAt(), c.reportedAt(), c.explainedOn());
        FollowUpStatus followUp = Optional.ofNullable(counseling.getIfAvailable()).flatMap(f -> f.forCase(caseId))
                .orElse(null);
        boolean panelSide = actor.hospital().equals(c.partnerHospitalId());
        boolean referrer = actor.hospital().equals(c.originHospitalId());
        audit(actor, "PANEL_CASE_RESULTS_VIEWED", caseId, c.status().name());
        return new PanelCaseResults(caseId, c.status(), report.map(PanelReport::issuedAt).orElse(null),
                report.map(PanelReport::issuedByName).orElse(null), report.map(PanelReport::sha256).orElse(null),
                report.map(PanelReport::secondaryFinding).orElse(false),
                report.map(PanelReport::germlineTesting).orElse(null), c.explainedOn(), followUp, turnaround,
                panelSide && c.status() == PanelCaseStatus.CONCLUDED && holds(Role.CORE_COORDINATOR),
                referrer && report.isPresent() && (holds(Role.LIAISON_CLINICIAN) || holds(Role.CORE_COORDINATOR)));
    }

    /**
     * The narrow question C-CAT tracking asks of a case its hospital shares: dates and whether a treatment was
     * recommended, no identity, so not audited (the test page showing them is).
     */
    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'HOSPITAL_ADMIN', 'LIAISON_CLINICIAN')")
    @Transactional(readOnly = true)
    public PanelCaseFacts factsFor(long caseId) {
        PanelCase c = panelCase(caseId);
        ReferralMilestones milestones = facts.milestones(c);
        boolean recommended = variants.findByPanelCaseIdOrderByIdAsc(caseId).stream()
                .map(PanelCaseVariant::recommendation)
                .anyMatch(recommendation -> recommendation != null && recommendation.recommendsTreatment());
        return new PanelCaseFacts(caseId, c.referralId(), c.cancerTypeCode(), milestones.specimenCollectedOn(),
                day(c.concludedAt()), day(c.reportedAt()), c.explainedOn(), recommended);
    }

    /**
     * {@link #factsFor} for the many tests of one document (the C-CAT ledger), in two queries however many cases:
     * the cases this hospital may see (others are left out) and their variants. One audit entry names the number of
     * cases read; the document itself is audited by its caller.
     */
    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'HOSPITAL_ADMIN', 'LIAISON_CLINICIAN')")
    @Transactional
    public Map<Long, PanelCaseOutcome> outcomesFor(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Actor actor = currentActor.require();
        Set<Long> recommending = variants.findByPanelCaseIdIn(caseIds).stream()
                .filter(variant -> variant.recommendation() != null && variant.recommendation().recommendsTreatment())
                .map(PanelCaseVariant::panelCaseId).collect(Collectors.toSet());
        Map<Long, PanelCaseOutcome> outcomes = cases.findAllById(caseIds).stream()
                .map(c -> new PanelCaseOutcome(c.id(), day(c.concludedAt()), day(c.reportedAt()),
                        recommending.contains(c.id())))
                .collect(Collectors.toMap(PanelCaseOutcome::caseId, Function.identity()));
        events.publishEvent(AuditEvent.byUser(actor.user(), actor.name(), actor.hospital(),
                "PANEL_CASE_OUTCOMES_READ", "panel_case", "cases=" + outcomes.size()));
        return outcomes;
    }

    /**
     * The referring clinician explained the result to the patient on {@code day} (from the report's day to today).
     * A coordinator of the referring hospital may record it too: for the hospital's own patients there is no
     * liaison clinician, and coordinators keep such records for their physicians.
     */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional
    @RetriedOnConflict
    public void recordExplanation(long caseId, LocalDate day) {
        Actor actor = currentActor.require();
        PanelCase c = referredCase(caseId, actor);
        c.explained(day, LocalDate.now(clock.withZone(JapanTime.ZONE)));
        cases.flush();
        events.publishEvent(new PanelCaseExplained(caseId, c.referralId(), c.originHospitalId(),
                c.partnerHospitalId(), day, clock.instant()));
        audit(actor, "PANEL_CASE_EXPLAINED", caseId, String.valueOf(day));
    }

    /** Whether the secondary finding was confirmed by germline testing, as the referring hospital records it. */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional
    @RetriedOnConflict
    public void recordGermlineTesting(long caseId, GermlineTesting testing) {
        Actor actor = currentActor.require();
        referredCase(caseId, actor);
        PanelReport report = reports.findByPanelCaseId(caseId).orElseThrow(() -> new PanelCaseNotFound(caseId));
        report.recordGermlineTesting(testing);
        reports.flush();
        audit(actor, "PANEL_REPORT_GERMLINE_RECORDED", caseId, String.valueOf(testing));
    }

    private PanelCase panelCase(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new PanelCaseNotFound(caseId));
    }

    /** Only the referring hospital records what happened with its patient; the panel's hospital is told "missing". */
    private PanelCase referredCase(long caseId, Actor actor) {
        return cases.findById(caseId).filter(c -> c.originHospitalId().equals(actor.hospital()))
                .orElseThrow(() -> new PanelCaseNotFound(caseId));
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, JapanTime.ZONE);
    }

    private boolean holds(Role role) {
        return currentUser.require().has(role);
    }

    private void audit(Actor actor, String action, long caseId, String detail) {
        events.publishEvent(AuditEvent.byUser(actor.user(), actor.name(), actor.hospital(), action,
                "panel_case:" + caseId, detail));
    }
}
