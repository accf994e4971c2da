package jp.renkei.referral;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** When and where the patient is expected at the receiving hospital; time and place may follow later. */
@Embeddable
public record ScheduledVisit(
        @Column(name = "scheduled_on") LocalDate date,
        @Column(name = "scheduled_time") LocalTime time,
        @Column(name = "scheduled_place") String place) {

    public ScheduledVisit {
        Objects.requireNonNull(date, "date");
        place = place == null || place.isBlank() ? null : place.strip();
    }
}
