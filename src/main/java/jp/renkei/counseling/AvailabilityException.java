package jp.renkei.counseling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A one-off change on a date, in Tokyo time: {@link Kind#CLOSED} (leave; all day when start and end are
 * null) or {@link Kind#EXTRA_HOURS} (open beyond the weekly windows; start and end required).
 */
public record AvailabilityException(LocalDate date, LocalTime start, LocalTime end, Kind kind) {

    public enum Kind {
        CLOSED,
        EXTRA_HOURS
    }

    public AvailabilityException {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("Give both start and end, or neither (all day)");
        }
        if (start != null && !end.isAfter(start)) {
            throw new IllegalArgumentException("An exception must end after it starts");
        }
        if (kind == Kind.EXTRA_HOURS && start == null) {
            throw new IllegalArgumentException("Extra hours need a start and an end");
        }
    }

    public boolean allDay() {
        return start == null;
    }
}
