package jp.renkei.referral;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The specimen a test would run on. Any part may still be unknown while drafting. */
@Embeddable
public record Specimen(
        @Enumerated(EnumType.STRING) @Column(name = "specimen_type") SpecimenType type,
        @Column(name = "specimen_collected_on") LocalDate collectedOn,
        @Column(name = "specimen_fixation") String fixation,
        @Column(name = "tumour_cellularity") Integer tumourCellularityPercent,
        @Column(name = "block_available") Boolean blockAvailable) {

    public static Specimen unknown() {
        return new Specimen(null, null, null, null, null);
    }
}
