package jp.renkei.expertpanel;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.tenant.SharedByTwoHospitalsEntity;

/**
 * A referred patient's case for expert-panel review: shared by the referring hospital (origin) and the hospital
 * whose panel reviews it (partner). At most one per referral (unique key on {@code referral_id}).
 */
@Entity
@Table(name = "panel_case")
class PanelCase extends SharedByTwoHospitalsEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "referral_id", nullable = false, updatable = false)
    private Long referralId;

    @Column(name = "panel_id")
    private Long panelId;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "panel_name")
    private String panelName;

    @Column(name = "meeting_starts_at")
    private Instant meetingStartsAt;

    @Column(name = "cancer_type_code", updatable = false)
    private String cancerTypeCode;

    @Column(name = "accepted_at", nullable = false, updatable = false)
    private Instant acceptedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected PanelCase() {
    }

    /**
     * {@code panel}/{@code meeting} may be null: the hospital has no such panel or no upcoming meeting yet. Their
     * name and time are copied so the referring hospital, which cannot read them, sees them too.
     */
    PanelCase(HospitalId referring, HospitalId panelHospital, long referralId, ExpertPanel panel,
            PanelMeeting meeting, String cancerTypeCode, Instant acceptedAt, Instant now) {
        super(referring, panelHospital);
        this.referralId = referralId;
        this.panelId = panel == null ? null : panel.id();
        this.panelName = panel == null ? null : panel.name();
        this.meetingId = meeting == null ? null : meeting.id();
        this.meetingStartsAt = meeting == null ? null : meeting.startsAt();
        this.cancerTypeCode = cancerTypeCode;
        this.acceptedAt = acceptedAt;
        this.createdAt = now;
    }

    long id() {
        return id;
    }

    Long panelId() {
        return panelId;
    }

    Long meetingId() {
        return meetingId;
    }

    String panelName() {
        return panelName;
    }

    Instant meetingStartsAt() {
        return meetingStartsAt;
    }

    long referralId() {
        return referralId;
    }

    String cancerTypeCode() {
        return cancerTypeCode;
    }

    Instant acceptedAt() {
        return acceptedAt;
    }
}
