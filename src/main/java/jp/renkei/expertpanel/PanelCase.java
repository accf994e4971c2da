package jp.renkei.expertpanel;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.tenant.SharedByTwoHospitalsEntity;
import jp.renkei.shared.workflow.Refused;

/**
 * A patient's case for expert-panel review: shared by the referring hospital (origin) and the hospital whose panel
 * reviews it (partner). At most one per referral (unique key on {@code referral_id}); a case the hospital opened for
 * its own patient has no referral and the hospital on both sides.
 */
@Entity
@Table(name = "panel_case")
class PanelCase extends SharedByTwoHospitalsEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null for the hospital's own patient (origin = partner); the patient is then a {@link PanelOwnPatient}. */
    @Column(name = "referral_id", updatable = false)
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PanelCaseStatus status = PanelCaseStatus.ASSIGNED;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "concluded_at")
    private Instant concludedAt;

    @Column(name = "concluded_rule_set_id")
    private String concludedRuleSetId;

    @Column(name = "concluded_rule_set_version")
    private String concludedRuleSetVersion;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "explained_on")
    private LocalDate explainedOn;

    /** The day by which the case should be at a panel; assignment looks for a meeting on or before it. */
    @Column(name = "due_on")
    private LocalDate dueOn;

    @Version
    private long version;

    protected PanelCase() {
    }

    /**
     * {@code panel}/{@code meeting} may be null: the hospital has no such panel or no upcoming meeting yet. Their
     * name and time are copied so the referring hospital, which cannot read them, sees them too.
     */
    PanelCase(HospitalId referring, HospitalId panelHospital, Long referralId, ExpertPanel panel,
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

    /**
     * Puts the case on another panel or meeting (a coordinator's reassignment, or an escalation to a real-time
     * meeting). {@code meeting} may be null: no meeting is scheduled yet. Refused once the case is concluded.
     */
    void moveTo(ExpertPanel panel, PanelMeeting meeting) {
        requireOpen("move");
        this.panelId = panel.id();
        this.panelName = panel.name();
        this.meetingId = meeting == null ? null : meeting.id();
        this.meetingStartsAt = meeting == null ? null : meeting.startsAt();
    }

    /** An asynchronous (持ち回り) round starts collecting the reviewers' responses. */
    void openAsyncReview() {
        if (status != PanelCaseStatus.ASSIGNED) {
            throw refused("openAsyncReview");
        }
        status = PanelCaseStatus.IN_ASYNC_REVIEW;
    }

    /** A reviewer disagreed: the case goes to {@code meeting}, the next real-time meeting (null if none yet). */
    void escalate(ExpertPanel panel, PanelMeeting meeting, Instant now) {
        if (status != PanelCaseStatus.IN_ASYNC_REVIEW) {
            throw refused("escalate");
        }
        moveTo(panel, meeting);
        status = PanelCaseStatus.ESCALATED;
        escalatedAt = now;
    }

    /** The recommendations are agreed by reviewers who satisfied the given composition rule set. */
    void conclude(String ruleSetId, String ruleSetVersion, Instant now) {
        requireOpen("conclude");
        status = PanelCaseStatus.CONCLUDED;
        concludedAt = now;
        concludedRuleSetId = ruleSetId;
        concludedRuleSetVersion = ruleSetVersion;
    }

    /**
     * Concluded by its asynchronous round: the case leaves the meeting it was waiting for, so that meeting's agenda
     * and capacity no longer count it (the report names the round instead).
     */
    void concludeByRound(String ruleSetId, String ruleSetVersion, Instant now) {
        conclude(ruleSetId, ruleSetVersion, now);
        meetingId = null;
        meetingStartsAt = null;
    }

    /** The report went back to the referring clinician. */
    void reported(Instant now) {
        if (status != PanelCaseStatus.CONCLUDED) {
            throw refused("report");
        }
        status = PanelCaseStatus.REPORTED;
        reportedAt = now;
    }

    /** The referring clinician explained the result to the patient on {@code day} (not in the future). */
    void explained(LocalDate day, LocalDate today) {
        if (status != PanelCaseStatus.REPORTED && status != PanelCaseStatus.EXPLAINED) {
            throw refused("explain");
        }
        if (day == null || day.isAfter(today) || day.isBefore(reportedAt.atZone(JapanTime.ZONE).toLocalDate())) {
            throw new Refused("panel.case.error.explainedOn", "case " + id + " explained on " + day);
        }
        status = PanelCaseStatus.EXPLAINED;
        explainedOn = day;
    }

    private void requireOpen(String step) {
        if (!status.open()) {
            throw refused(step);
        }
    }

    private Refused refused(String step) {
        return new Refused("panel.case.error.step", "case " + id + " is " + status + ", cannot " + step);
    }

    /** {@code caseNumber}: how people name the case (see {@link CaseFactsSource#number}). */
    PanelCaseSummary summary(String caseNumber) {
        return new PanelCaseSummary(id, referralId, caseNumber, originHospitalId(), partnerHospitalId(), panelId, panelName,
                meetingId, meetingStartsAt, cancerTypeCode, acceptedAt, status, escalatedAt, concludedAt,
                concludedRuleSetId, concludedRuleSetVersion, reportedAt, explainedOn, version);
    }

    long id() {
        return id;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    void dueOn(LocalDate day) {
        this.dueOn = day;
    }

    PanelCaseStatus status() {
        return status;
    }

    Instant escalatedAt() {
        return escalatedAt;
    }

    Instant concludedAt() {
        return concludedAt;
    }

    String concludedRuleSetId() {
        return concludedRuleSetId;
    }

    String concludedRuleSetVersion() {
        return concludedRuleSetVersion;
    }

    Instant reportedAt() {
        return reportedAt;
    }

    LocalDate explainedOn() {
        return explainedOn;
    }

    long version() {
        return version;
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

    Long referralId() {
        return referralId;
    }

    String cancerTypeCode() {
        return cancerTypeCode;
    }

    Instant acceptedAt() {
        return acceptedAt;
    }
}
