package jp.renkei.expertpanel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.expertpanel.PanelCaseOpener.Opened;
import jp.renkei.identity.CurrentActor;
import jp.renkei.identity.CurrentUser;
import jp.renkei.referral.oncotree.CancerTypeCatalogue;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.shared.workflow.Refused;
import jp.renkei.shared.workflow.RetriedOnConflict;

/**
 * A coordinator opens a panel case for the hospital's own patient (no referral): the hospital is both sides of the
 * case, and the case is placed like a referred one, due from today ({@link PanelCaseOpener}).
 */
@Service
public class OwnPatientCaseService {

    private static final Pattern PATIENT_ID = Pattern.compile("[A-Za-z0-9-]{1,50}");

    private final PanelCaseOpener opener;
    private final PanelOwnPatientRepository ownPatients;
    private final PanelService panels;
    private final CancerTypeCatalogue cancerTypes;
    private final CurrentActor currentActor;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OwnPatientCaseService(PanelCaseOpener opener, PanelOwnPatientRepository ownPatients, PanelService panels,
            CancerTypeCatalogue cancerTypes, CurrentActor currentActor, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.opener = opener;
        this.ownPatients = ownPatients;
        this.panels = panels;
        this.cancerTypes = cancerTypes;
        this.currentActor = currentActor;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in person may open such a case here: a coordinator of a hospital that runs panels. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canOpen() {
        return currentUser.require().has(Role.CORE_COORDINATOR) && panels.hospitalRunsPanels();
    }

    /** The new case's id; refused, with nothing saved, when the input is incomplete or the hospital has no panels. */
    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    // READ COMMITTED for the assigner's meeting count (see PanelCaseAssigner)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RetriedOnConflict
    public long open(NewOwnPatientCase facts) {
        Actor actor = currentActor.require();
        if (!panels.hospitalRunsPanels()) {
            throw new Refused("panel.error.notPanelCapable", "hospital " + actor.hospital().value());
        }
        requireValid(facts, LocalDate.now(clock.withZone(JapanTime.ZONE)));
        // the catalogue's spelling of the code ("paad" is PAAD)
        NewOwnPatientCase checked = facts.withCancerTypeCode(
                cancerTypes.byCode(facts.cancerTypeCode()).orElseThrow().code());
        Opened opened = opener.open(actor.hospital(), actor.hospital(), null, checked.cancerTypeCode(),
                clock.instant());
        PanelCase c = opened.panelCase();
        ownPatients.saveAndFlush(new PanelOwnPatient(actor.hospital(), c.id(), checked));
        events.publishEvent(AuditEvent.byUser(actor.user(), actor.name(), actor.hospital(), "PANEL_OWN_CASE_OPENED",
                "panel_case:" + c.id(), (c.meetingId() == null ? "no meeting yet" : "meeting " + c.meetingId())
                        + (opened.late() ? " after its due date " + c.dueOn() : "")));
        return c.id();
    }

    private void requireValid(NewOwnPatientCase f, LocalDate today) {
        if (f.hospitalPatientId() == null || !PATIENT_ID.matcher(f.hospitalPatientId().strip()).matches()) {
            throw refused("panel.ownCase.error.patientId");
        }
        if (blankOrLonger(f.nameKanji(), 100) || blankOrLonger(f.nameKana(), 100)) {
            throw refused("panel.ownCase.error.name");
        }
        if (f.birthDate() == null || f.birthDate().isAfter(today)) {
            throw refused("panel.ownCase.error.birthDate");
        }
        if (f.sex() == null) {
            throw refused("panel.ownCase.error.sex");
        }
        if (cancerTypes.byCode(f.cancerTypeCode()).isEmpty()) {
            throw refused("panel.ownCase.error.cancerType");
        }
        if (blankOrLonger(f.clinicalSummary(), 2000)) {
            throw refused("panel.ownCase.error.summary");
        }
        LocalDate specimen = f.specimenCollectedOn();
        if (specimen != null && (specimen.isAfter(today) || specimen.isBefore(f.birthDate()))) {
            throw refused("panel.ownCase.error.specimen");
        }
        if (blankOrLonger(f.attendingPhysician(), 100)) {
            throw refused("panel.ownCase.error.physician");
        }
    }

    private static boolean blankOrLonger(String text, int max) {
        return text == null || text.isBlank() || text.strip().length() > max;
    }

    private static Refused refused(String key) {
        return new Refused(key, "own patient case refused: " + key);
    }
}
