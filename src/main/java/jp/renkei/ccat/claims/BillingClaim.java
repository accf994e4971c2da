package jp.renkei.ccat.claims;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.renkei.ccat.billing.BillingItem;
import jp.renkei.ccat.RecordedBy;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.tenant.SharedByTwoHospitalsEntity;
import jp.renkei.shared.workflow.Actor;

/** The billing office claimed one item of one test on a day, for these points. Never changed once recorded. */
@Entity
@Table(name = "ccat_billing_claim")
class BillingClaim extends SharedByTwoHospitalsEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "test_id", nullable = false, updatable = false)
    private long testId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private BillingItem item;

    @Column(nullable = false, updatable = false)
    private int points;

    @Column(name = "claimed_on", nullable = false, updatable = false)
    private LocalDate claimedOn;

    @Embedded
    private RecordedBy recorded;

    protected BillingClaim() {
    }

    BillingClaim(HospitalId referring, HospitalId testing, long testId, BillingItem item, int points,
            LocalDate claimedOn, Actor actor, Instant now) {
        super(referring, testing);
        this.testId = testId;
        this.item = item;
        this.points = points;
        this.claimedOn = claimedOn;
        this.recorded = RecordedBy.of(actor, now);
    }

    long testId() {
        return testId;
    }

    BillingItem item() {
        return item;
    }

    int points() {
        return points;
    }

    LocalDate claimedOn() {
        return claimedOn;
    }

    String recordedByName() {
        return recorded.name();
    }
}
