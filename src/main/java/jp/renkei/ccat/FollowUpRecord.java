package jp.renkei.ccat;

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

import jp.renkei.shared.tenant.SharedByTwoHospitalsEntity;
import jp.renkei.shared.workflow.Actor;

/** One follow-up entry as stored, visible to the test's two hospitals; written once. */
@Entity
@Table(name = "ccat_follow_up")
class FollowUpRecord extends SharedByTwoHospitalsEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "test_id", nullable = false, updatable = false)
    private long testId;

    @Column(name = "follow_up_number", nullable = false, updatable = false)
    private int followUpNumber;

    @Column(name = "recorded_on", nullable = false, updatable = false)
    private LocalDate recordedOn;

    @Column(name = "treatment_started_on", updatable = false)
    private LocalDate treatmentStartedOn;

    @Column(name = "recommended_therapy_proposed", nullable = false, updatable = false)
    private boolean recommendedTherapyProposed;

    @Column(name = "recommended_therapy_given", nullable = false, updatable = false)
    private boolean recommendedTherapyGiven;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TreatmentResponse response;

    @Enumerated(EnumType.STRING)
    @Column(name = "survival_status", nullable = false, updatable = false)
    private SurvivalStatus survivalStatus;

    @Column(name = "last_known_alive_on", updatable = false)
    private LocalDate lastKnownAliveOn;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private long recordedBy;

    @Column(name = "recorded_by_name", nullable = false, updatable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected FollowUpRecord() {
    }

    FollowUpRecord(GenomicTest test, int followUpNumber, LocalDate recordedOn, FollowUpEntry entry, Actor actor,
            Instant now) {
        super(test.referringHospital(), test.testingHospital());
        this.testId = test.id();
        this.followUpNumber = followUpNumber;
        this.recordedOn = recordedOn;
        this.treatmentStartedOn = entry.treatmentStartedOn();
        this.recommendedTherapyProposed = entry.recommendedTherapyProposed();
        this.recommendedTherapyGiven = entry.recommendedTherapyGiven();
        this.response = entry.response();
        this.survivalStatus = entry.survival();
        this.lastKnownAliveOn = entry.lastKnownAliveOn();
        this.recordedBy = actor.user().value();
        this.recordedByName = actor.name();
        this.recordedAt = now;
    }

    int followUpNumber() {
        return followUpNumber;
    }

    LocalDate recordedOn() {
        return recordedOn;
    }

    FollowUpEntry entry() {
        return new FollowUpEntry(treatmentStartedOn, recommendedTherapyProposed, recommendedTherapyGiven, response,
                survivalStatus, lastKnownAliveOn);
    }
}
