package jp.renkei.expertpanel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jp.renkei.shared.JapanTime;

/**
 * Which meeting a case goes to: the earliest with a free place held on or before the case's due date; failing
 * that, the earliest with a free place after it (the case is then late); failing that, none yet (未定).
 * Pure: the caller passes the candidate meetings with their current load, counted under a lock.
 */
final class MeetingAssignment {

    /** A candidate meeting and how many cases it holds now. */
    record Slot(long meetingId, Instant startsAt, int capacity, long cases) {

        boolean hasRoom() {
            return cases < capacity;
        }

        LocalDate day() {
            return LocalDate.ofInstant(startsAt, JapanTime.ZONE);
        }
    }

    /** The chosen meeting ({@code null}: none has room) and whether it is after the due date. */
    record Choice(Slot slot, boolean late) {

        static final Choice NONE = new Choice(null, false);

        boolean assigned() {
            return slot != null;
        }
    }

    private MeetingAssignment() {
    }

    static Choice choose(List<Slot> candidates, LocalDate dueOn) {
        return candidates.stream().filter(Slot::hasRoom)
                .min(Comparator.comparing(Slot::startsAt).thenComparing(Slot::meetingId))
                .map(slot -> new Choice(slot, isLate(slot.startsAt(), dueOn)))
                .orElse(Choice.NONE);
    }

    /** Held after the due date (Tokyo calendar day). No due date: never late. */
    static boolean isLate(Instant meetingStartsAt, LocalDate dueOn) {
        return meetingStartsAt != null && dueOn != null
                && LocalDate.ofInstant(meetingStartsAt, JapanTime.ZONE).isAfter(dueOn);
    }
}
