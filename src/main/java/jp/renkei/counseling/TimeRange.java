package jp.renkei.counseling;

import java.time.Instant;
import java.util.Objects;

/** A half-open interval [start, end) of instants: a slot, or a busy period (session plus buffer). */
public record TimeRange(Instant start, Instant end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A range must end after it starts");
        }
    }

    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
