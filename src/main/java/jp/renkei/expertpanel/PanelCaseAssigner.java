package jp.renkei.expertpanel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.expertpanel.MeetingAssignment.Choice;
import jp.renkei.expertpanel.MeetingAssignment.Slot;
import jp.renkei.expertpanel.MeetingLoadRepository.MeetingCount;
import jp.renkei.expertpanel.composition.TumourCategory;
import jp.renkei.shared.workflow.NotFound;
import jp.renkei.shared.workflow.Refused;

/**
 * Puts cases on meetings without ever overfilling one. Runs inside the caller's transaction, which must be
 * READ COMMITTED: after waiting for a meeting's lock, the count must see the cases the previous holder committed
 * (under REPEATABLE READ it could read an older snapshot and count one too few).
 */
@Component
class PanelCaseAssigner {

    /** Where a new case goes: the panel and meeting (either may be null) and whether the meeting is late for it. */
    record Placement(ExpertPanel panel, PanelMeeting meeting, boolean late) {
    }

    private final MeetingLoadRepository load;

    PanelCaseAssigner(MeetingLoadRepository load) {
        this.load = load;
    }

    /**
     * The earliest scheduled meeting, from {@code now}, of the hospital's panel for {@code category} (its first,
     * as before there were several) with room (see {@link MeetingAssignment}); without such a meeting, the panel
     * alone; without a panel, nothing. The candidate meetings stay locked until the caller commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Placement place(TumourCategory category, LocalDate dueOn, Instant now) {
        ExpertPanel panel = load.panelsFor(category).stream().findFirst().orElse(null);
        if (panel == null) {
            return new Placement(null, null, false);
        }
        List<Long> locked = load.lockScheduledFrom(panel.id(), now);
        List<PanelMeeting> candidates = locked.isEmpty() ? List.of() : load.meetings(locked);
        Map<Long, Long> counts = counts(candidates);
        Choice choice = MeetingAssignment.choose(candidates.stream()
                .map(m -> new Slot(m.id(), m.startsAt(), m.caseCapacity(), counts.getOrDefault(m.id(), 0L)))
                .toList(), dueOn);
        PanelMeeting meeting = !choice.assigned() ? null : candidates.stream()
                .filter(m -> m.id() == choice.slot().meetingId()).findFirst().orElseThrow();
        return new Placement(panel, meeting, choice.late());
    }

    /**
     * Where an escalated case goes: the panel's earliest scheduled real-time meeting from {@code now} with room
     * (locked until the caller commits), or null when none has room. A full meeting is skipped, not overfilled.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    PanelMeeting nextRealTimeWithRoom(ExpertPanel panel, Instant now) {
        List<Long> locked = load.lockScheduledFrom(panel.id(), now);
        List<PanelMeeting> realTime = locked.isEmpty() ? List.of() : load.meetings(locked).stream()
                .filter(m -> m.kind() == MeetingKind.REAL_TIME).toList();
        Map<Long, Long> counts = counts(realTime);
        return realTime.stream().filter(m -> counts.getOrDefault(m.id(), 0L) < m.caseCapacity()).findFirst()
                .orElse(null);
    }

    /**
     * Locks {@code meetingId} for a case moving onto it: refused when it is not a scheduled meeting still ahead
     * or when it has no room left.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    PanelMeeting lockWithRoom(long meetingId, Instant now) {
        PanelMeeting meeting = lock(meetingId);
        if (meeting.status() != MeetingStatus.SCHEDULED || meeting.startsAt().isBefore(now)) {
            throw new Refused("panel.assignment.error.meetingClosed", "meeting " + meetingId);
        }
        long cases = counts(List.of(meeting)).getOrDefault(meetingId, 0L);
        if (cases >= meeting.caseCapacity()) {
            throw new Refused("panel.assignment.error.full", "meeting " + meetingId + " holds " + cases,
                    String.valueOf(meeting.caseCapacity()));
        }
        return meeting;
    }

    /** Locks the meeting's row until the caller commits; another hospital's meeting reads as missing. */
    @Transactional(propagation = Propagation.MANDATORY)
    PanelMeeting lock(long meetingId) {
        load.lock(meetingId);
        return load.meeting(meetingId).orElseThrow(() -> new NotFound("panel_meeting:" + meetingId));
    }

    private Map<Long, Long> counts(List<PanelMeeting> meetings) {
        if (meetings.isEmpty()) {
            return Map.of();
        }
        return load.countCases(meetings.stream().map(PanelMeeting::id).toList()).stream()
                .collect(Collectors.toMap(MeetingCount::meetingId, MeetingCount::cases));
    }
}
