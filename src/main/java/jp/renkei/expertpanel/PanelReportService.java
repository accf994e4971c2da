package jp.renkei.expertpanel;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.identity.CurrentActor;
import jp.renkei.shared.Role;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.notification.Notice;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.shared.workflow.Refused;
import jp.renkei.shared.workflow.RetriedOnConflict;

/**
 * Issuing the panel report of a concluded case and handing it to the two hospitals. A coordinator of the panel's
 * hospital issues it once: the PDF is rendered then and stored with its checksum, the referring hospital's clinicians
 * are told, and a secondary finding raises a counseling request. Every download is audited.
 */
@Service
public class PanelReportService {

    private final PanelCaseRepository cases;
    private final PanelReportRepository reports;
    private final PanelReportAssembler assembler;
    private final PanelReportDocument document;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseFactsSource facts;

    PanelReportService(PanelCaseRepository cases, PanelReportRepository reports, PanelReportAssembler assembler,
            PanelReportDocument document, CurrentActor currentActor, ApplicationEventPublisher events, Clock clock,
            CaseFactsSource facts) {
        this.cases = cases;
        this.reports = reports;
        this.assembler = assembler;
        this.document = document;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
        this.facts = facts;
    }

    /** Issues the report of a concluded case of this hospital's panel; refused in any other state or a second time. */
    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional
    @RetriedOnConflict
    public void issue(long caseId) {
        Actor actor = currentActor.require();
        PanelCase found = cases.findById(caseId).filter(c -> c.partnerHospitalId().equals(actor.hospital()))
                .orElseThrow(() -> new PanelCaseNotFound(caseId));
        if (found.status() != PanelCaseStatus.CONCLUDED || reports.findByPanelCaseId(caseId).isPresent()) {
            throw new Refused("panel.case.error.step", "case " + caseId + " is " + found.status() + ", cannot report");
        }
        Instant now = clock.instant();
        PanelReportContent content = assembler.assemble(found, actor.name(), now);
        List<String> secondary = content.secondaryFindingGenes();
        PanelReport report = reports.save(new PanelReport(found, document.render(content), !secondary.isEmpty(),
                actor, now));
        found.reported(now);
        cases.flush();
        String referral = facts.number(found);
        boolean therapyRecommended = content.variants().stream()
                .anyMatch(v -> v.recommendation() != null && v.recommendation().recommendsTreatment());
        events.publishEvent(new PanelReportIssued(caseId, found.referralId(), found.originHospitalId(),
                found.partnerHospitalId(), therapyRecommended, now));
        events.publishEvent(new Notice(found.originHospitalId(), Role.LIAISON_CLINICIAN, "notice.panel.report.ISSUED",
                List.of(referral), "panels/cases/" + caseId));
        // the counseling request is filed against a referral; an own patient's counseling is booked at home
        if (!secondary.isEmpty() && found.referralId() != null) {
            events.publishEvent(new SecondaryFindingRaised(caseId, found.referralId(), found.originHospitalId(),
                    found.partnerHospitalId(), secondary, now));
        }
        audit(actor, "PANEL_REPORT_ISSUED", caseId, referral + " sha256 " + report.sha256());
    }

    /**
     * The report as it would be issued now, marked as a draft, for the panel's coordinator to check before issuing (an
     * issued report cannot be corrected). Audited: it carries patient data.
     */
    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional
    public PanelReportFile draft(long caseId) {
        Actor actor = currentActor.require();
        PanelCase found = cases.findById(caseId).filter(c -> c.partnerHospitalId().equals(actor.hospital()))
                .orElseThrow(() -> new PanelCaseNotFound(caseId));
        if (found.status() != PanelCaseStatus.CONCLUDED) {
            throw new Refused("panel.case.error.step", "case " + caseId + " is " + found.status() + ", no draft");
        }
        String referral = facts.number(found);
        byte[] pdf = document.render(assembler.assemble(found, null, clock.instant()));
        audit(actor, "PANEL_REPORT_DRAFT_DOWNLOADED", caseId, referral);
        return new PanelReportFile("panel-report-" + referral + "-draft.pdf", pdf);
    }

    /** The report as issued, for either hospital of the case; not there before it is issued. */
    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'HOSPITAL_ADMIN', 'PANEL_MEMBER', 'LIAISON_CLINICIAN')")
    @Transactional
    public PanelReportFile download(long caseId) {
        Actor actor = currentActor.require();
        PanelCase found = cases.findById(caseId).orElseThrow(() -> new PanelCaseNotFound(caseId));
        PanelReport report = reports.findByPanelCaseId(caseId)
                .orElseThrow(() -> new Refused("panel.report.error.notIssued", "case " + caseId));
        String referral = facts.number(found);
        audit(actor, "PANEL_REPORT_DOWNLOADED", caseId, referral + " sha256 " + report.sha256());
        return new PanelReportFile("panel-report-" + referral + ".pdf", report.pdf());
    }

    private void audit(Actor actor, String action, long caseId, String detail) {
        events.publishEvent(AuditEvent.byUser(actor.user(), actor.name(), actor.hospital(), action,
                "panel_case:" + caseId, detail));
    }
}
