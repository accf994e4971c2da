package jp.renkei.expertpanel;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.renkei.expertpanel.composition.CompositionVerdict;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.tenant.HospitalOwnedEntity;
import jp.renkei.shared.workflow.ChangedConcurrently;
import jp.renkei.shared.workflow.Refused;

/**
 * One meeting of a panel, real-time or an asynchronous round. Signing it off records who took part and the rule
 * set (id and version) that found that attendance valid; an invalid attendance is refused with its reasons.
 */
@Entity
@Table(name = "panel_meeting")
class PanelMeeting extends HospitalOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "panel_id", nullable = false, updatable = false)
    private Long panelId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MeetingKind kind;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "video_url")
    private String videoUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingStatus status;

    @ElementCollection
    @CollectionTable(name = "panel_meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "member_id")
    private Set<Long> attendees = new HashSet<>();

    @Column(name = "attending_present", nullable = false)
    private boolean attendingPresent;

    @Column(name = "history_provided", nullable = false)
    private boolean historyProvided;

    @Column(name = "pediatric_case", nullable = false)
    private boolean pediatricCase;

    @Column(name = "signed_off_at")
    private Instant signedOffAt;

    @Column(name = "signed_off_by")
    private String signedOffBy;

    @Column(name = "rule_set_id")
    private String ruleSetId;

    @Column(name = "rule_set_version")
    private String ruleSetVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "case_capacity", nullable = false)
    private int caseCapacity = CaseCapacity.DEFAULT;

    @Version
    private long version;

    protected PanelMeeting() {
    }

    PanelMeeting(HospitalId hospital, long panelId, MeetingKind kind, Instant startsAt, String videoUrl,
            Instant now) {
        super(hospital);
        this.panelId = panelId;
        this.kind = kind;
        this.startsAt = startsAt;
        this.videoUrl = kind == MeetingKind.REAL_TIME ? videoUrl : null;
        this.status = MeetingStatus.SCHEDULED;
        this.createdAt = now;
    }

    /**
     * Fixes the attendance once the meeting has taken place, if {@code verdict} (judged for this meeting's date and
     * that attendance) finds it valid; otherwise nothing changes and the reasons go back to the coordinator.
     */
    void signOff(long expectedVersion, Attendance attendance, CompositionVerdict verdict, String by, Instant now) {
        if (version != expectedVersion) {
            throw new ChangedConcurrently("panel_meeting:" + id);
        }
        if (status != MeetingStatus.SCHEDULED) {
            throw new Refused("panel.meeting.error.alreadySignedOff", "meeting " + id);
        }
        if (startsAt.isAfter(now)) {
            throw new Refused("panel.meeting.error.notYetHeld", "meeting " + id + " starts " + startsAt);
        }
        if (!verdict.valid()) {
            throw new CompositionRefused(verdict);
        }
        this.attendees = new HashSet<>(attendance.memberIds());
        this.attendingPresent = attendance.attendingPresent();
        this.historyProvided = attendance.historyProvided();
        this.pediatricCase = attendance.pediatricCase();
        this.ruleSetId = verdict.ruleSetId();
        this.ruleSetVersion = verdict.ruleSetVersion();
        this.signedOffBy = by;
        this.signedOffAt = now;
        this.status = MeetingStatus.SIGNED_OFF;
    }

    long id() {
        return id;
    }

    long panelId() {
        return panelId;
    }

    Instant startsAt() {
        return startsAt;
    }

    MeetingKind kind() {
        return kind;
    }

    MeetingStatus status() {
        return status;
    }

    int caseCapacity() {
        return caseCapacity;
    }

    /** How many cases the meeting can take; assignment fills it up to this and no further. */
    void changeCaseCapacity(int capacity) {
        this.caseCapacity = CaseCapacity.require(capacity);
    }

    MeetingDetails toDetails() {
        return new MeetingDetails(id, panelId, kind, startsAt, videoUrl, status, attendees, attendingPresent,
                historyProvided, pediatricCase, signedOffAt, signedOffBy, ruleSetId, ruleSetVersion, version);
    }
}
