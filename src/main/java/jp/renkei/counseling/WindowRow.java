package jp.renkei.counseling;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
record WindowRow(@Enumerated(EnumType.STRING) @Column(name = "day_of_week") DayOfWeek day,
        @Column(name = "start_time") LocalTime start, @Column(name = "end_time") LocalTime end) {

    WeeklyWindow toWindow() {
        return new WeeklyWindow(day, start, end);
    }
}
