package jp.renkei.counseling;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

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
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.UserId;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.shared.tenant.SharedByTwoHospitalsEntity;
import jp.renkei.shared.workflow.HistoryEntry;

/**
 * A counseling session booked for a patient: shared by the booking hospital (origin) and the counselor's
 * hospital (partner). While booked it holds its time through {@code active_start}, which a unique key per
 * counselor person makes the database's own guarantee against double booking. Each transition checks that
 * the viewer may take it now ({@link #nextSteps}), writes one history line and registers one past-tense
 * event; mail, reminders, notices, audit and the referral timeline are listeners.
 */
@Entity
@Table(name = "counseling_booking")
class CounselingBooking extends SharedByTwoHospitalsEntity {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(JapanTime.ZONE);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "counselor_id", nullable = false, updatable = false)
    private Long counselorId;

    @Column(name = "counselor_user_id", nullable = false, updatable = false)
    private Long counselorUserId;

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

    // the booking page lists every visible session with its history: one query per 100 of them, not one each
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "counseling_booking_history", joinColumns = @JoinColumn(name = "booking_id"))
    @OrderColumn(name = "position")
    private List<HistoryEntry> history = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    /** Built when Spring Data publishes them, so a new booking's events carry the id the insert gave it. */
    @Transient
    private final List<Supplier<Object>> events = new ArrayList<>();

    protected CounselingBooking() {
    }

    private CounselingBooking(Actor booker, Counselor counselor, Long referralId, String patientHospitalId,
            String patientName, SessionType type, TimeRange slot, String videoUrl, String icsUid, Instant now) {
        super(booker.hospital(), counselor.hospital());
        this.counselorId = counselor.id();
        this.counselorUserId = counselor.user().value();
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
        this.bookedByUserId = booker.user().value();
        this.bookedByName = booker.name();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A new session; the caller has checked that the counselor (as a person) is free then. */
    static CounselingBooking book(Actor booker, Counselor counselor, Long referralId, String patientHospitalId,
            String patientName, SessionType type, TimeRange slot, String videoUrl, String icsUid, Instant now) {
        CounselingBooking booking = new CounselingBooking(booker, counselor, referralId, patientHospitalId,
                patientName, type, slot, videoUrl, icsUid, now);
        booking.record(booker, "BOOKED", null, WHEN.format(slot.start()), now);
        booking.events.add(() -> new BookingConfirmed(booking.session(), booker));
        return booking;
    }

    /**
     * What the viewer may do next: before the start the booking side reschedules, either side cancels; from the
     * start the counselor's side records attendance and the counselor the outcome (and may correct it later).
     */
    List<BookingStep> nextSteps(BookingViewer viewer, Instant now) {
        Set<BookingStep> steps = EnumSet.noneOf(BookingStep.class);
        boolean started = !now.isBefore(startsAt);
        boolean counselorSide = viewer.actor().hospital().equals(partnerHospitalId());
        if (status == BookingStatus.BOOKED && !started) {
            if (viewer.hasAny(Role.LIAISON_CLINICIAN, Role.CORE_COORDINATOR)) {
                steps.add(BookingStep.RESCHEDULE);
            }
            if (viewer.hasAny(Role.LIAISON_CLINICIAN, Role.CORE_COORDINATOR, Role.GENETIC_COUNSELOR)) {
                steps.add(BookingStep.CANCEL);
            }
        }
        if (status == BookingStatus.BOOKED && started && counselorSide
                && viewer.hasAny(Role.GENETIC_COUNSELOR, Role.CORE_COORDINATOR)) {
            steps.add(BookingStep.RECORD_NO_SHOW);
        }
        if ((status == BookingStatus.BOOKED || status == BookingStatus.COMPLETED) && started && counselorSide
                && viewer.hasAny(Role.GENETIC_COUNSELOR)) {
            steps.add(BookingStep.RECORD_OUTCOME);
        }
        return List.copyOf(steps);
    }

    void reschedule(TimeRange slot, String reason, BookingViewer by, Instant now) {
        require(BookingStep.RESCHEDULE, by, now);
        TimeRange previous = slot();
        this.startsAt = slot.start();
        this.endsAt = slot.end();
        this.activeStart = slot.start();
        this.icsSequence++;
        record(by.actor(), "RESCHEDULED", reason, WHEN.format(previous.start()) + " → " + WHEN.format(slot.start()),
                now);
        events.add(() -> new BookingRescheduled(session(), previous, blankToNull(reason), by.actor()));
    }

    void cancel(String reason, BookingViewer by, Instant now) {
        require(BookingStep.CANCEL, by, now);
        if (reason == null || reason.isBlank()) {
            throw new CounselingRefused("counseling.error.reasonRequired");
        }
        this.status = BookingStatus.CANCELLED;
        this.activeStart = null;
        this.icsSequence++;
        record(by.actor(), "CANCELLED", reason, WHEN.format(startsAt), now);
        events.add(() -> new BookingCancelled(session(), reason.strip(), by.actor()));
    }

    void recordNoShow(BookingViewer by, Instant now) {
        require(BookingStep.RECORD_NO_SHOW, by, now);
        this.status = BookingStatus.NO_SHOW;
        record(by.actor(), "NO_SHOW", null, null, now);
        events.add(() -> new SessionMissed(session(), by.actor()));
    }

    void recordOutcome(boolean furtherTesting, boolean familyCounseling, String note, BookingViewer by, Instant now) {
        require(BookingStep.RECORD_OUTCOME, by, now);
        this.status = BookingStatus.COMPLETED;
        this.outcomeFurtherTesting = furtherTesting;
        this.outcomeFamilyCounseling = familyCounseling;
        this.outcomeNote = blankToNull(note);
        record(by.actor(), "OUTCOME", this.outcomeNote, null, now);
        events.add(() -> new SessionAttended(session(), furtherTesting, familyCounseling, by.actor()));
    }

    /** Refuses a step the viewer may not take now, saying why in the words that fit the situation. */
    private void require(BookingStep step, BookingViewer by, Instant now) {
        if (nextSteps(by, now).contains(step)) {
            return;
        }
        boolean started = !now.isBefore(startsAt);
        String key = switch (step) {
            case RESCHEDULE, CANCEL -> status != BookingStatus.BOOKED ? "counseling.error.notBooked"
                    : started ? "counseling.error.alreadyStarted" : "counseling.error.notYourStep";
            case RECORD_NO_SHOW -> status != BookingStatus.BOOKED ? "counseling.error.notBooked"
                    : !started ? "counseling.error.notYetHeld" : "counseling.error.notYourStep";
            case RECORD_OUTCOME -> status == BookingStatus.CANCELLED || status == BookingStatus.NO_SHOW
                    ? "counseling.error.notHeld"
                    : !started ? "counseling.error.notYetHeld" : "counseling.error.notYourStep";
        };
        throw new CounselingRefused(key);
    }

    private void record(Actor actor, String action, String note, String detail, Instant now) {
        this.updatedAt = now;
        history.add(HistoryEntry.of(actor, action, note, detail, now));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    BookedSession session() {
        return new BookedSession(id, originHospitalId(), partnerHospitalId(), counselorId, UserId.of(counselorUserId),
                sessionType, slot(), referralId);
    }

    @DomainEvents
    Collection<Object> domainEvents() {
        return events.stream().map(Supplier::get).toList();
    }

    @AfterDomainEventPublication
    void clearDomainEvents() {
        events.clear();
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

    UserId counselorUser() {
        return UserId.of(counselorUserId);
    }

    Long referralId() {
        return referralId;
    }

    BookingStatus status() {
        return status;
    }

    SessionType sessionType() {
        return sessionType;
    }

    TimeRange slot() {
        return new TimeRange(startsAt, endsAt);
    }

    Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    String videoUrl() {
        return videoUrl;
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

    String patientHospitalId() {
        return patientHospitalId;
    }

    List<HistoryEntry> history() {
        return List.copyOf(history);
    }

    BookingLine toLine(String counselorName) {
        return new BookingLine(id, slot(), sessionType, patientName, counselorName, status);
    }

    BookingDetails toDetails(CounselorProfile counselor, BookingViewer viewer, Instant now) {
        return new BookingDetails(id, version, status, sessionType, slot(), counselor, originHospitalId(), referralId,
                patientHospitalId, patientName, videoUrl, bookedByName, outcomeFurtherTesting,
                outcomeFamilyCounseling, outcomeNote, List.copyOf(history), nextSteps(viewer, now));
    }
}
