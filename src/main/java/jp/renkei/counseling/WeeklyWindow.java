package jp.renkei.counseling;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** A recurring weekly window of availability, in Tokyo time (Japan has no daylight saving). */
public record WeeklyWindow(DayOfWeek day, LocalTime start, LocalTime end) {

    public WeeklyWindow {
        Objects.requireNonNull(day, "day");
        if (start == null || end == null || !end.isAfter(start)) {
            throw new IllegalArgumentException("A window must end after it starts: " + start + "–" + end);
        }
    }

    /** Whether both are on the same weekday and share some time (one ending as the other starts does not). */
    public boolean overlaps(WeeklyWindow other) {
        return day == other.day && start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
