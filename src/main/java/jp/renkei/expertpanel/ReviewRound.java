package jp.renkei.expertpanel;

import java.time.Instant;
import java.time.LocalDate;
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

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.tenant.HospitalOwnedEntity;
import jp.renkei.shared.workflow.Refused;

/**
 * One asynchronous (持ち回り) round of a panel case at the panel's hospital: who is asked to respond, the day whose
 * rule set judges the agreement, and how it ended (the rule set met, or who disagreed and why).
 */
@Entity
@Table(name = "panel_review_round")
class ReviewRound extends HospitalOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "panel_case_id", nullable = false, updatable = false)
    private Long panelCaseId;

    @Column(name = "panel_id", nullable = false, updatable = false)
    private Long panelId;

    @Column(name = "review_day", nullable = false, updatable = false)
    private LocalDate reviewDay;

    @Column(name = "history_provided", nullable = false, updatable = false)
    private boolean historyProvided;

    @Column(name = "pediatric_case", nullable = false, updatable = false)
    private boolean pediatricCase;

    @ElementCollection
    @CollectionTable(name = "panel_review_participant", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "member_id")
    private Set<Long> participants = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewRoundStatus status = ReviewRoundStatus.OPEN;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "rule_set_id")
    private String ruleSetId;

    @Column(name = "rule_set_version")
    private String ruleSetVersion;

    @Column(name = "escalated_by_member_id")
    private Long escalatedByMemberId;

    @Column(name = "escalation_reason")
    private String escalationReason;

    @Version
    private long version;

    protected ReviewRound() {
    }

    ReviewRound(HospitalId panelHospital, long panelCaseId, long panelId, Set<Long> participants, LocalDate reviewDay,
            boolean historyProvided, boolean pediatricCase, String openedBy, Instant now) {
        super(panelHospital);
        this.panelCaseId = panelCaseId;
        this.panelId = panelId;
        this.participants = new HashSet<>(participants);
        this.reviewDay = reviewDay;
        this.historyProvided = historyProvided;
        this.pediatricCase = pediatricCase;
        this.openedBy = openedBy;
        this.openedAt = now;
    }

    /** The participants' agreement met the rule set in force on the round's day. */
    void concluded(String ruleSetId, String ruleSetVersion, Instant now) {
        requireOpen();
        this.status = ReviewRoundStatus.CONCLUDED;
        this.ruleSetId = ruleSetId;
        this.ruleSetVersion = ruleSetVersion;
        this.closedAt = now;
    }

    /** A participant disagreed: the round ends and the case goes to a real-time meeting. */
    void escalated(long memberId, String reason, Instant now) {
        requireOpen();
        this.status = ReviewRoundStatus.ESCALATED;
        this.escalatedByMemberId = memberId;
        this.escalationReason = reason;
        this.closedAt = now;
    }

    void requireOpen() {
        if (status != ReviewRoundStatus.OPEN) {
            throw new Refused("panel.review.error.closed", "round " + id + " is " + status);
        }
    }

    long id() {
        return id;
    }

    long panelCaseId() {
        return panelCaseId;
    }

    long panelId() {
        return panelId;
    }

    Set<Long> participants() {
        return Set.copyOf(participants);
    }

    LocalDate reviewDay() {
        return reviewDay;
    }

    boolean historyProvided() {
        return historyProvided;
    }

    boolean pediatricCase() {
        return pediatricCase;
    }

    ReviewRoundStatus status() {
        return status;
    }

    Instant openedAt() {
        return openedAt;
    }

    String openedBy() {
        return openedBy;
    }

    Instant closedAt() {
        return closedAt;
    }

    String ruleSetId() {
        return ruleSetId;
    }

    String ruleSetVersion() {
        return ruleSetVersion;
    }

    Long escalatedByMemberId() {
        return escalatedByMemberId;
    }

    String escalationReason() {
        return escalationReason;
    }
}
