package jp.renkei.expertpanel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.identity.CurrentActor;
import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.SignedInUser;
import jp.renkei.referral.attachment.AttachmentInspector;
import jp.renkei.referral.attachment.AttachmentRejected;
import jp.renkei.referral.attachment.AttachmentType;
import jp.renkei.referral.attachment.InspectedFile;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.shared.workflow.Refused;
import jp.renkei.shared.workflow.RetriedOnConflict;

/**
 * The lab report and the C-CAT findings report on a panel case, as PDFs. The panel's hospital attaches them; both
 * hospitals read them; every download is audited. The C-CAT report is for clinicians only: nothing meant for the
 * patient may include it (DOMAIN.md, C-CAT data).
 */
@Service
public class PanelCaseAttachmentService {

    private static final String READERS =
            "hasAnyRole('CORE_COORDINATOR', 'HOSPITAL_ADMIN', 'PANEL_MEMBER', 'LIAISON_CLINICIAN')";
    private static final String EDITORS = "hasAnyRole('CORE_COORDINATOR', 'PANEL_MEMBER')";

    private final PanelCaseRepository cases;
    private final PanelCaseAttachmentRepository attachments;
    private final AttachmentInspector inspector = new AttachmentInspector();
    private final CurrentActor currentActor;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PanelCaseAttachmentService(PanelCaseRepository cases, PanelCaseAttachmentRepository attachments,
            CurrentActor currentActor, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.attachments = attachments;
        this.currentActor = currentActor;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The case's files, oldest report first (names and dates only; no content is read). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public CaseAttachments list(long caseId) {
        PanelCase found = panelCase(caseId);
        SignedInUser user = currentUser.require();
        boolean canAttach = currentActor.require().hospital().equals(found.partnerHospitalId())
                && (user.has(Role.CORE_COORDINATOR) || user.has(Role.PANEL_MEMBER));
        return new CaseAttachments(attachments.listFor(caseId), canAttach);
    }

    /**
     * Attaches a PDF the hospital received on {@code receivedOn} (not in the future). Refused with the inspector's
     * reason for an empty, too large, mislabelled or broken file, and for anything but a PDF.
     */
    @PreAuthorize(EDITORS)
    @Transactional
    @RetriedOnConflict
    public CaseAttachment attach(long caseId, CaseAttachmentKind kind, LocalDate receivedOn, String fileName,
            byte[] content) {
        Actor actor = currentActor.require();
        PanelCase found = panelCase(caseId);
        if (!actor.hospital().equals(found.partnerHospitalId())) {
            throw new PanelCaseNotFound(caseId);
        }
        if (kind == null || receivedOn == null) {
            throw new Refused("panel.attachment.error.kindAndDate", "case " + caseId);
        }
        if (receivedOn.isAfter(LocalDate.now(clock.withZone(JapanTime.ZONE)))) {
            throw new Refused("panel.attachment.error.receivedInFuture", "case " + caseId + " " + receivedOn);
        }
        InspectedFile file = inspect(fileName, content);
        PanelCaseAttachment saved = attachments.save(new PanelCaseAttachment(found, kind, file, content, receivedOn,
                actor.name(), clock.instant()));
        audit(actor, "PANEL_CASE_ATTACHMENT_ADDED", caseId, kind + " " + file.fileName() + " " + file.sha256Hex());
        return saved.details();
    }

    /** One file of the case (audited: it carries the patient's results). */
    @PreAuthorize(READERS)
    @Transactional
    public CaseAttachmentFile download(long caseId, long attachmentId) {
        Actor actor = currentActor.require();
        panelCase(caseId);
        PanelCaseAttachment found = attachments.findById(attachmentId).filter(a -> a.panelCaseId() == caseId)
                .orElseThrow(() -> new PanelCaseNotFound(caseId));
        audit(actor, "PANEL_CASE_ATTACHMENT_DOWNLOADED", caseId, found.kind() + " attachment " + attachmentId);
        return found.file();
    }

    /**
     * The day the C-CAT findings report first reached the hospital, if one is attached: where the turnaround "from
     * the C-CAT report" starts.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Optional<LocalDate> ccatReportReceivedOn(long caseId) {
        panelCase(caseId);
        return attachments.firstReceivedOn(caseId, CaseAttachmentKind.CCAT_REPORT);
    }

    private InspectedFile inspect(String fileName, byte[] content) {
        InspectedFile file;
        try {
            file = inspector.inspect(fileName, content);
        } catch (AttachmentRejected e) {
            throw new Refused(e.messageKey(), e.reason().name(),
                    Arrays.stream(e.messageArguments()).map(String::valueOf).toArray(String[]::new));
        }
        if (file.type() != AttachmentType.PDF) {
            throw new Refused("panel.attachment.error.pdfOnly", file.type().name());
        }
        return file;
    }

    private PanelCase panelCase(long caseId) {
        // another hospital's case reads as missing, as in PanelCaseService
        return cases.findById(caseId).orElseThrow(() -> new PanelCaseNotFound(caseId));
    }

    private void audit(Actor actor, String action, long caseId, String detail) {
        events.publishEvent(AuditEvent.byUser(actor.user(), actor.name(), actor.hospital(), action,
                "panel_case:" + caseId, detail));
    }
}
