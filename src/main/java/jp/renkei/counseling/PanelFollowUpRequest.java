package jp.renkei.counseling;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.renkei.expertpanel.FollowUpStatus;
import jp.renkei.expertpanel.SecondaryFindingRaised;
import jp.renkei.shared.tenant.SharedByTwoHospitalsEntity;

/**
 * A genetic-counseling request raised by a panel report's secondary finding: for the referring hospital (origin),
 * shared with the panel's hospital (partner), whose counselors may hold the session. One per panel case. It follows
 * the first session booked for the referral after it was raised, and waits again if that session is cancelled.
 */
@Entity
@Table(name = "counseling_follow_up")
class PanelFollowUpRequest extends SharedByTwoHospitalsEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "panel_case_id", nullable = false, updatable = false)
    private Long panelCaseId;

    @Column(name = "referral_id", nullable = false, updatable = false)
    private Long referralId;

    @Column(nullable = false, updatable = false)
    private String genes;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "booking_id")
    private Long bookingId;

    @Column(name = "booked_start")
    private Instant bookedStart;

    @Version
    private long version;

    protected PanelFollowUpRequest() {
    }

    PanelFollowUpRequest(SecondaryFindingRaised raised) {
        super(raised.referringHospital(), raised.panelHospital());
        this.panelCaseId = raised.caseId();
        this.referralId = raised.referralId();
        this.genes = String.join(",", raised.genes());
        this.raisedAt = raised.raisedAt();
    }

    /** The first session booked for the patient after the request answers it; a later one changes nothing. */
    void booked(long booking, Instant start) {
        if (bookingId == null) {
            bookingId = booking;
            bookedStart = start;
        }
    }

    void moved(long booking, Instant start) {
        if (Long.valueOf(booking).equals(bookingId)) {
            bookedStart = start;
        }
    }

    /** Its session was cancelled: the request waits for a booking again. */
    void cancelled(long booking) {
        if (Long.valueOf(booking).equals(bookingId)) {
            bookingId = null;
            bookedStart = null;
        }
    }

    FollowUpStatus status() {
        return new FollowUpStatus(raisedAt, bookedStart);
    }

    long id() {
        return id;
    }

    long panelCaseId() {
        return panelCaseId;
    }

    long referralId() {
        return referralId;
    }

    List<String> genes() {
        return List.of(genes.split(","));
    }

    Instant raisedAt() {
        return raisedAt;
    }
}
