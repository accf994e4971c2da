package jp.renkei.ccat.claims;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.renkei.ccat.RecordedBy;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.tenant.SharedByTwoHospitalsEntity;
import jp.renkei.shared.workflow.Actor;

/** The patient of a test transferred to another hospital or died; before the explanation, B011-5 is at risk. */
@Entity
@Table(name = "ccat_patient_departure")
class PatientDeparture extends SharedByTwoHospitalsEntity {

    @Id
    @Column(name = "test_id")
    private Long testId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DepartureKind kind;

    @Column(name = "departed_on", nullable = false, updatable = false)
    private LocalDate departedOn;

    @Embedded
    private RecordedBy recorded;

    protected PatientDeparture() {
    }

    PatientDeparture(HospitalId referring, HospitalId testing, long testId, DepartureKind kind, LocalDate departedOn,
            Actor actor, Instant now) {
        super(referring, testing);
        this.testId = testId;
        this.kind = kind;
        this.departedOn = departedOn;
        this.recorded = RecordedBy.of(actor, now);
    }

    long testId() {
        return testId;
    }

    DepartureKind kind() {
        return kind;
    }

    LocalDate departedOn() {
        return departedOn;
    }
}
