package jp.renkei.counseling;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
record ExceptionRow(@Column(name = "on_date") LocalDate date, @Column(name = "start_time") LocalTime start,
        @Column(name = "end_time") LocalTime end,
        @Enumerated(EnumType.STRING) @Column(name = "kind") AvailabilityException.Kind kind,
        @Column(name = "reason") String reason) {

    AvailabilityException toException() {
        return new AvailabilityException(date, start, end, kind, reason);
    }
}
