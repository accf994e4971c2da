package jp.renkei.expertpanel;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.expertpanel.MeetingLoadRepository.CaseDue;
import jp.renkei.identity.CurrentActor;
import jp.renkei.identity.CurrentUser;
import jp.renkei.shared.Role;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.shared.workflow.NotFound;
import jp.renkei.shared.workflow.Refused;
import jp.renkei.shared.workflow.RetriedOnConflict;

/**
 * Cases against capacity and due dates: each panel's load per upcoming meeting, the meetings' capacities, a case's
 * due date and moves, and the coordinator's reassignment of a case to another meeting of the hospital's panels.
 * Moving to a partner hospital's panel is not offered: that hospital's meetings are outside this one's scope.
 */
@Service
public class PanelAssignmentService {

    private static final String MANAGERS = "hasAnyRole('CORE_COORDINATOR', 'HOSPITAL_ADMIN')";
    private static final String PANEL_READERS = "hasAnyRole('CORE_COORDINATOR', 'HOSPITAL_ADMIN', 'PANEL_MEMBER')";
    private static final String CASE_READERS =
            "hasAnyRole('CORE_COORDINATOR', 'HOSPITAL_ADMIN', 'PANEL_MEMBER', 'LIAISON_CLINICIAN')";
    private static final int MAX_REASON_LENGTH = 500;

    private final PanelCaseRepository cases;
    private final PanelCaseMoveRepository moves;
    private final ExpertPanelRepository panels;
    private final MeetingLoadRepository load;
    private final PanelCaseAssigner assigner;
    private final CurrentActor currentActor;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PanelAssignmentService(PanelCaseRepository cases, PanelCaseMoveRepository moves, ExpertPanelRepository panels,
            MeetingLoadRepository load, PanelCaseAssigner assigner, CurrentActor currentActor,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.moves = moves;
        this.panels = panels;
        this.load = load;
        this.assigner = assigner;
        this.currentActor = currentActor;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The panel's upcoming meetings with cases / capacity and late cases, and its cases without a meeting. */
    @PreAuthorize(PANEL_READERS)
    @Transactional(readOnly = true)
    public PanelLoad load(long panelId) {
        ExpertPanel panel = panel(panelId);
        return new PanelLoad(panelId, panel.defaultCaseCapacity(),
                loads(load.scheduledFrom(panelId, clock.instant()), Map.of(panelId, panel)),
                load.countUnassigned(panelId));
    }

    /** The case's due date, whether its meeting is late for it, its moves and where it may move (audited read). */
    @PreAuthorize(CASE_READERS)
    @Transactional
    public CaseAssignment assignment(long caseId) {
        Actor actor = currentActor.require();
        PanelCase found = cases.findById(caseId).orElseThrow(() -> new PanelCaseNotFound(caseId));
        List<CaseMove> history = moves.findByPanelCaseIdOrderByMovedAtAscIdAsc(caseId).stream()
                .map(PanelCaseMove::details).toList();
        boolean canReassign = found.status().open() && actor.hospital().equals(found.partnerHospitalId())
                && currentUser.require().has(Role.CORE_COORDINATOR);
        audit(actor, "PANEL_CASE_ASSIGNMENT_VIEWED", "panel_case:" + caseId, history.size() + " moves");
        return new CaseAssignment(found.dueOn(), MeetingAssignment.isLate(found.meetingStartsAt(), found.dueOn()),
                found.meetingId() == null, history, canReassign, canReassign ? targets(found) : List.of());
    }

    /**
     * Moves an open case to another upcoming meeting of this hospital's panels, with the reason (audited, and
     * seen by the referring hospital). Refused when the meeting is full or the case is concluded.
     */
    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional(isolation = Isolation.READ_COMMITTED) // see PanelCaseAssigner: count after the lock
    @RetriedOnConflict
    public void reassign(long caseId, long meetingId, String reason) {
        Actor actor = currentActor.require();
        PanelCase found = cases.findById(caseId).filter(c -> actor.hospital().equals(c.partnerHospitalId()))
                .orElseThrow(() -> new PanelCaseNotFound(caseId));
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON_LENGTH) {
            throw new Refused("panel.assignment.error.reasonRequired", "case " + caseId,
                    String.valueOf(MAX_REASON_LENGTH));
        }
        PanelFreeText.reason(reason);
        if (found.meetingId() != null && found.meetingId() == meetingId) {
            throw new Refused("panel.assignment.error.sameMeeting", "case " + caseId);
        }
        if (!found.status().open()) {
            throw new Refused("panel.case.error.step", "case " + caseId + " is " + found.status());
        }
        PanelMeeting meeting = assigner.lockWithRoom(meetingId, clock.instant());
        ExpertPanel panel = panel(meeting.panelId());
        moves.save(new PanelCaseMove(found, panel, meeting, reason.strip(), actor.name(), clock.instant()));
        found.moveTo(panel, meeting);
        cases.flush();
        audit(actor, "PANEL_CASE_REASSIGNED", "panel_case:" + caseId,
                "to meeting " + meetingId + " (" + panel.name() + "): " + reason.strip());
    }

    /** A meeting's capacity; never below the cases already on it. */
    @PreAuthorize(MANAGERS)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RetriedOnConflict
    public void changeCapacity(long meetingId, int capacity) {
        Actor actor = currentActor.require();
        CaseCapacity.require(capacity);
        PanelMeeting meeting = assigner.lock(meetingId);
        long onIt = load.countCases(List.of(meetingId)).stream().mapToLong(MeetingLoadRepository.MeetingCount::cases)
                .sum();
        if (capacity < onIt) {
            throw new Refused("panel.load.error.belowCases", "meeting " + meetingId, String.valueOf(onIt));
        }
        meeting.changeCaseCapacity(capacity);
        audit(actor, "PANEL_CASE_CAPACITY_CHANGED", "panel:" + meeting.panelId(),
                "meeting " + meetingId + " capacity " + capacity);
    }

    /** What each meeting scheduled from now on starts with. */
    @PreAuthorize(MANAGERS)
    @Transactional
    @RetriedOnConflict
    public void changeDefaultCapacity(long panelId, int capacity) {
        Actor actor = currentActor.require();
        panel(panelId).changeDefaultCaseCapacity(capacity);
        audit(actor, "PANEL_CASE_CAPACITY_DEFAULT_CHANGED", "panel:" + panelId, "capacity " + capacity);
    }

    private List<MeetingLoad> targets(PanelCase found) {
        Map<Long, ExpertPanel> own = panels.findAllByOrderByNameAsc().stream()
                .collect(Collectors.toMap(ExpertPanel::id, Function.identity()));
        List<PanelMeeting> upcoming = own.keySet().stream()
                .flatMap(id -> load.scheduledFrom(id, clock.instant()).stream())
                .filter(m -> found.meetingId() == null || m.id() != found.meetingId()).toList();
        return loads(upcoming, own).stream()
                .sorted(Comparator.comparing(MeetingLoad::startsAt)).toList();
    }

    private List<MeetingLoad> loads(List<PanelMeeting> meetings, Map<Long, ExpertPanel> panelsById) {
        if (meetings.isEmpty()) {
            return List.of();
        }
        Collection<Long> ids = meetings.stream().map(PanelMeeting::id).toList();
        Map<Long, List<CaseDue>> onMeeting = load.casesOn(ids).stream()
                .collect(Collectors.groupingBy(CaseDue::meetingId));
        return meetings.stream().map(m -> {
            List<CaseDue> due = onMeeting.getOrDefault(m.id(), List.of());
            long late = due.stream().filter(c -> MeetingAssignment.isLate(c.meetingStartsAt(), c.dueOn())).count();
            MeetingDetails details = m.toDetails();
            return new MeetingLoad(m.id(), panelsById.get(m.panelId()).name(), m.startsAt(), details.kind(),
                    due.size(), m.caseCapacity(), late);
        }).toList();
    }

    private ExpertPanel panel(long panelId) {
        return panels.findById(panelId).orElseThrow(() -> new NotFound("panel:" + panelId));
    }

    private void audit(Actor actor, String action, String subject, String detail) {
        events.publishEvent(AuditEvent.byUser(actor.user(), actor.name(), actor.hospital(), action, subject, detail));
    }
}
