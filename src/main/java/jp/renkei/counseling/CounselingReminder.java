package jp.renkei.counseling;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A reminder due before a session. Holds no patient data (booking id and times), so the reminder job reads
 * them across hospitals; the email itself is built inside the booking's hospital scope.
 */
@Entity
@Table(name = "counseling_reminder")
class CounselingReminder {

    enum Kind {
        H24,
        H1
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "booking_id", nullable = false, updatable = false)
    private Long bookingId;

    /** The booking hospital, whose scope the reminder email is built in. */
    @Column(name = "hospital_id", nullable = false, updatable = false)
    private Long hospitalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected CounselingReminder() {
    }

    CounselingReminder(long bookingId, jp.renkei.shared.HospitalId hospital, Kind kind, Instant dueAt) {
        this.bookingId = bookingId;
        this.hospitalId = hospital.value();
        this.kind = kind;
        this.dueAt = dueAt;
    }

    long id() {
        return id;
    }

    long bookingId() {
        return bookingId;
    }

    jp.renkei.shared.HospitalId hospital() {
        return jp.renkei.shared.HospitalId.of(hospitalId);
    }

    Kind kind() {
        return kind;
    }
}
