package jp.renkei.counseling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.tenant.SharedByTwoHospitalsEntity;

/**
 * A counseling session booked for a patient: shared by the booking hospital (origin) and the counselor's
 * hospital (partner). While booked it holds its slot through {@code active_start}, which a unique key makes
 * the database's own guarantee against double booking.
 */
@Entity
@Table(name = "counseling_booking")
class CounselingBooking extends SharedByTwoHospitalsEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "counselor_id", nullable = false, updatable = false)
    private Long counselorId;

    @Column(name = "referral_id", updatable = false)
    private Long referralId;

    @Column(name = "patient_hospital_pid", nullable = false, updatable = false)
    private String patientHospitalId;

    @Column(name = "patient_name", nullable = false, updatable = false)
    private String patientName;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_type", nullable = false, updatable = false)
    private SessionType sessionType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BookingStatus status;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "active_start")
    private Instant activeStart;

    @Column(name = "video_url", nullable = false, updatable = false)
    private String videoUrl;

    @Column(name = "ics_uid", nullable = false, updatable = false)
    private String icsUid;

    @Column(name = "ics_sequence", nullable = false)
    private int icsSequence;

    @Column(name = "booked_by_user_id", nullable = false, updatable = false)
    private Long bookedByUserId;

    @Column(name = "booked_by_name", nullable = false, updatable = false)
    private String bookedByName;

    @Column(name = "outcome_further_testing")
    private Boolean outcomeFurtherTesting;

    @Column(name = "outcome_family_counseling")
    private Boolean outcomeFamilyCounseling;

    @Column(name = "outcome_note")
    private String outcomeNote;

    @ElementCollection
    @CollectionTable(name = "counseling_booking_history", joinColumns = @JoinColumn(name = "booking_id"))
    @OrderColumn(name = "position")
    private List<BookingHistoryEntry> history = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CounselingBooking() {
    }

    CounselingBooking(HospitalId bookingHospital, Counselor counselor, Long referralId, String patientHospitalId,
            String patientName, SessionType type, TimeRange slot, String videoUrl, String icsUid, long bookedBy,
            String bookedByName, Instant now) {
        super(bookingHospital, counselor.hospital());
        this.counselorId = counselor.id();
        this.referralId = referralId;
        this.patientHospitalId = patientHospitalId;
        this.patientName = patientName;
        this.sessionType = type;
        this.status = BookingStatus.BOOKED;
        this.startsAt = slot.start();
        this.endsAt = slot.end();
        this.activeStart = slot.start();
        this.videoUrl = videoUrl;
        this.icsUid = icsUid;
        this.bookedByUserId = bookedBy;
        this.bookedByName = bookedByName;
        this.createdAt = now;
        this.updatedAt = now;
        history.add(new BookingHistoryEntry(now, bookedByName, "BOOKED", slot.start(), null));
    }

    void reschedule(TimeRange slot, String actor, String reason, Instant now) {
        requireBooked();
        this.startsAt = slot.start();
        this.endsAt = slot.end();
        this.activeStart = slot.start();
        this.icsSequence++;
        record(actor, "RESCHEDULED", reason, now);
    }

    void cancel(String actor, String reason, Instant now) {
        requireBooked();
        if (reason == null || reason.isBlank()) {
            throw new CounselingRefused("counseling.error.reasonRequired");
        }
        this.status = BookingStatus.CANCELLED;
        this.activeStart = null;
        this.icsSequence++;
        record(actor, "CANCELLED", reason, now);
    }

    void recordNoShow(String actor, Instant now) {
        requireBooked();
        if (now.isBefore(startsAt)) {
            throw new CounselingRefused("counseling.error.notYetHeld");
        }
        this.status = BookingStatus.NO_SHOW;
        record(actor, "NO_SHOW", null, now);
    }

    void recordOutcome(String actor, boolean furtherTesting, boolean familyCounseling, String note, Instant now) {
        if (status != BookingStatus.BOOKED && status != BookingStatus.COMPLETED) {
            throw new CounselingRefused("counseling.error.notHeld");
        }
        if (now.isBefore(startsAt)) {
            throw new CounselingRefused("counseling.error.notYetHeld");
        }
        this.status = BookingStatus.COMPLETED;
        this.outcomeFurtherTesting = furtherTesting;
        this.outcomeFamilyCounseling = familyCounseling;
        this.outcomeNote = note == null || note.isBlank() ? null : note.strip();
        record(actor, "OUTCOME", this.outcomeNote, now);
    }

    private void requireBooked() {
        if (status != BookingStatus.BOOKED) {
            throw new CounselingRefused("counseling.error.notBooked");
        }
    }

    private void record(String actor, String action, String note, Instant now) {
        this.updatedAt = now;
        history.add(new BookingHistoryEntry(now, actor, action, startsAt, note == null || note.isBlank() ? null
                : note.strip()));
    }

    long id() {
        return id;
    }

    long version() {
        return version;
    }

    long counselorId() {
        return counselorId;
    }

    Long referralId() {
        return referralId;
    }

    BookingStatus status() {
        return status;
    }

    TimeRange slot() {
        return new TimeRange(startsAt, endsAt);
    }

    String icsUid() {
        return icsUid;
    }

    int icsSequence() {
        return icsSequence;
    }

    long bookedByUserId() {
        return bookedByUserId;
    }

    BookingDetails toDetails(CounselorProfile counselor) {
        return new BookingDetails(id, version, status, sessionType, new TimeRange(startsAt, endsAt), counselor,
                originHospitalId(), referralId, patientHospitalId, patientName, videoUrl, bookedByName,
                outcomeFurtherTesting, outcomeFamilyCounseling, outcomeNote, List.copyOf(history));
    }
}
