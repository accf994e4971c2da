package jp.renkei.expertpanel;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.renkei.shared.tenant.SharedByTwoHospitalsEntity;

/**
 * A coordinator moved a case to another meeting, with the reason. Shared like the case: the referring hospital
 * sees where its patient went and why. Panel names and times are copied, as on the case.
 */
@Entity
@Table(name = "panel_case_move")
class PanelCaseMove extends SharedByTwoHospitalsEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "panel_case_id", nullable = false, updatable = false)
    private long panelCaseId;

    @Column(name = "from_panel_name", updatable = false)
    private String fromPanelName;

    @Column(name = "from_meeting_at", updatable = false)
    private Instant fromMeetingAt;

    @Column(name = "to_panel_name", nullable = false, updatable = false)
    private String toPanelName;

    @Column(name = "to_meeting_at", updatable = false)
    private Instant toMeetingAt;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "moved_by", nullable = false, updatable = false)
    private String movedBy;

    @Column(name = "moved_at", nullable = false, updatable = false)
    private Instant movedAt;

    protected PanelCaseMove() {
    }

    /** Taken before the case moves ({@code from}) and with where it went ({@code to}). */
    PanelCaseMove(PanelCase from, ExpertPanel toPanel, PanelMeeting toMeeting, String reason, String movedBy,
            Instant now) {
        super(from.originHospitalId(), from.partnerHospitalId());
        this.panelCaseId = from.id();
        this.fromPanelName = from.panelName();
        this.fromMeetingAt = from.meetingStartsAt();
        this.toPanelName = toPanel.name();
        this.toMeetingAt = toMeeting.startsAt();
        this.reason = reason;
        this.movedBy = movedBy;
        this.movedAt = now;
    }

    CaseMove details() {
        return new CaseMove(fromPanelName, fromMeetingAt, toPanelName, toMeetingAt, reason, movedBy, movedAt);
    }
}
