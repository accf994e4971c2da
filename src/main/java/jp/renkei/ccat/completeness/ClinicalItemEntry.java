package jp.renkei.ccat.completeness;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.renkei.ccat.RecordedBy;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.tenant.SharedByTwoHospitalsEntity;
import jp.renkei.shared.workflow.Actor;

/** A clinical item recorded as entered in C-CAT's input tool, under the item-set version it belongs to. */
@Entity
@Table(name = "ccat_clinical_item_entry")
class ClinicalItemEntry extends SharedByTwoHospitalsEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "test_id", nullable = false, updatable = false)
    private long testId;

    @Column(name = "item_set_version", nullable = false, updatable = false)
    private String itemSetVersion;

    @Column(name = "item_id", nullable = false, updatable = false)
    private String itemId;

    @Embedded
    private RecordedBy recorded;

    protected ClinicalItemEntry() {
    }

    ClinicalItemEntry(HospitalId referring, HospitalId testing, long testId, String itemSetVersion, String itemId,
            Actor actor, Instant now) {
        super(referring, testing);
        this.testId = testId;
        this.itemSetVersion = itemSetVersion;
        this.itemId = itemId;
        this.recorded = RecordedBy.of(actor, now);
    }

    long testId() {
        return testId;
    }

    String itemSetVersion() {
        return itemSetVersion;
    }

    String itemId() {
        return itemId;
    }
}
