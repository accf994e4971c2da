package jp.renkei.referral;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A genomic test the patient already had; an insured CGP test uses up the once-per-lifetime coverage. */
@Embeddable
public record PriorTest(
        @Column(name = "tested_on") LocalDate testedOn,
        @Column(name = "test_name") String testName,
        @Column(name = "insurance_covered") boolean insuranceCovered) {
}
