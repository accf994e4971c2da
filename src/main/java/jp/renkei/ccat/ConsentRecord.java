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

import jp.renkei.ccat.consent.ConsentDecision;
import jp.renkei.ccat.consent.ConsentDocumentVersion;
import jp.renkei.ccat.consent.ConsentEvent;
import jp.renkei.ccat.consent.ConsentScope;
import jp.renkei.shared.UserId;
import jp.renkei.shared.tenant.SharedByTwoHospitalsEntity;
import jp.renkei.shared.workflow.Actor;

/** One consent decision as stored (ccat_consent_event): never changed, a new decision is a new row. */
@Entity
@Table(name = "ccat_consent_event")
class ConsentRecord extends SharedByTwoHospitalsEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "test_id", nullable = false, updatable = false)
    private long testId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentScope scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentDecision decision;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private long recordedBy;

    @Column(name = "recorded_by_name", nullable = false, updatable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ConsentRecord() {
    }

    ConsentRecord(GenomicTest test, ConsentScope scope, ConsentDecision decision, long documentId,
            LocalDate decidedOn, Actor actor, Instant now) {
        super(test.referringHospital(), test.testingHospital());
        this.testId = test.id();
        this.scope = scope;
        this.decision = decision;
        this.documentId = documentId;
        this.decidedOn = decidedOn;
        this.recordedBy = actor.user().value();
        this.recordedByName = actor.name();
        this.recordedAt = now;
    }

    ConsentEvent asEvent(ConsentDocumentVersion document) {
        return new ConsentEvent(scope, decision, document, UserId.of(recordedBy), recordedAt);
    }

    long documentId() {
        return documentId;
    }

    LocalDate decidedOn() {
        return decidedOn;
    }

    String recordedByName() {
        return recordedByName;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    ConsentScope scope() {
        return scope;
    }

    ConsentDecision decision() {
        return decision;
    }
}
