package jp.renkei.expertpanel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.renkei.expertpanel.MeetingAssignment.Choice;
import jp.renkei.expertpanel.MeetingAssignment.Slot;
import jp.renkei.shared.JapanTime;

class MeetingAssignmentTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 15);

    @Test
    void theEarliestMeetingWithRoomOnOrBeforeTheDueDate() {
        Choice choice = MeetingAssignment.choose(List.of(slot(3, "2026-12-15T17:30", 5, 4),
                slot(2, "2026-12-08T17:30", 5, 1), slot(4, "2026-12-22T17:30", 5, 0)), DUE);
        assertThat(choice.slot().meetingId()).isEqualTo(2);
        assertThat(choice.late()).isFalse();
    }

    @Test
    void aFullMeetingIsSkippedAndAMeetingOnTheDueDateIsInTime() {
        Choice choice = MeetingAssignment.choose(List.of(slot(2, "2026-12-08T17:30", 5, 5),
                slot(3, "2026-12-15T23:30", 5, 4)), DUE);
        assertThat(choice.slot().meetingId()).isEqualTo(3);
        assertThat(choice.late()).as("23:30 in Tokyo on the due date is still that day").isFalse();
    }

    @Test
    void withNoRoomUntilTheDueDateTheEarliestLaterMeetingIsLate() {
        Choice choice = MeetingAssignment.choose(List.of(slot(2, "2026-12-08T17:30", 2, 2),
                slot(5, "2027-01-12T17:30", 5, 0), slot(4, "2026-12-22T17:30", 3, 1)), DUE);
        assertThat(choice.slot().meetingId()).isEqualTo(4);
        assertThat(choice.late()).isTrue();
    }

    @Test
    void withNoRoomAnywhereTheCaseWaitsUnassigned() {
        assertThat(MeetingAssignment.choose(List.of(slot(2, "2026-12-08T17:30", 2, 2)), DUE).assigned()).isFalse();
        assertThat(MeetingAssignment.choose(List.of(), DUE)).isEqualTo(Choice.NONE);
    }

    @Test
    void twoMeetingsAtTheSameTimeAreTakenInTheOrderTheyWereScheduled() {
        Choice choice = MeetingAssignment.choose(List.of(slot(9, "2026-12-08T17:30", 5, 0),
                slot(7, "2026-12-08T17:30", 5, 0)), DUE);
        assertThat(choice.slot().meetingId()).isEqualTo(7);
    }

    @Test
    void aCaseWithoutADueDateIsNeverLate() {
        assertThat(MeetingAssignment.isLate(tokyo("2030-01-01T10:00"), null)).isFalse();
        assertThat(MeetingAssignment.isLate(null, DUE)).isFalse();
    }

    private static Slot slot(long id, String tokyoTime, int capacity, long cases) {
        return new Slot(id, tokyo(tokyoTime), capacity, cases);
    }

    private static Instant tokyo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(JapanTime.ZONE).toInstant();
    }
}
