package jp.renkei.counseling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A one-off change on a date, in Tokyo time: {@link Kind#CLOSED} (leave; all day when start and end are
 * null) or {@link Kind#EXTRA_HOURS} (open beyond the weekly windows; start and end required). Leave closes the
 * person at every hospital they work for; extra hours open only the hospital they were entered at.
 *
 * @param reason why (e.g. 学会出張), shown to colleagues; optional
 */
public record AvailabilityException(LocalDate date, LocalTime start, LocalTime end, Kind kind, String reason) {

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
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public AvailabilityException(LocalDate date, LocalTime start, LocalTime end, Kind kind) {
        this(date, start, end, kind, null);
    }

    public boolean allDay() {
        return start == null;
    }
}
