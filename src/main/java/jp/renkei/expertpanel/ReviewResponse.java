package jp.renkei.expertpanel;

import java.time.Instant;

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
import jp.renkei.shared.tenant.HospitalOwnedEntity;

/**
 * One response a member gave in a round. A later response replaces it as the member's current one but the row
 * stays, so the round shows who said what when.
 */
@Entity
@Table(name = "panel_review_response")
class ReviewResponse extends HospitalOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private Long roundId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReviewAnswer response;

    @Column(updatable = false)
    private String comment;

    @Column(name = "responded_at", nullable = false, updatable = false)
    private Instant respondedAt;

    @Column(name = "responded_by", nullable = false, updatable = false)
    private String respondedBy;

    // TRUE while current, NULL once replaced: see the unique key in V11
    @Column(name = "current_marker")
    private Boolean current = Boolean.TRUE;

    @Version
    private long version;

    protected ReviewResponse() {
    }

    ReviewResponse(HospitalId panelHospital, long roundId, long memberId, ReviewAnswer response, String comment,
            String respondedBy, Instant now) {
        super(panelHospital);
        this.roundId = roundId;
        this.memberId = memberId;
        this.response = response;
        this.comment = comment;
        this.respondedBy = respondedBy;
        this.respondedAt = now;
    }

    void replaced() {
        current = null;
    }

    boolean current() {
        return Boolean.TRUE.equals(current);
    }

    long roundId() {
        return roundId;
    }

    long memberId() {
        return memberId;
    }

    ReviewAnswer response() {
        return response;
    }

    String comment() {
        return comment;
    }

    Instant respondedAt() {
        return respondedAt;
    }

    String respondedBy() {
        return respondedBy;
    }
}
