package jp.renkei.referral;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A genomic test the patient already had. Only an insured {@link PriorTestKind#CGP_PANEL} uses up the
 * once-per-lifetime coverage; {@code kind} is null on rows written before kinds existed (read through the
 * catalogue then).
 */
@Embeddable
public record PriorTest(
        @Column(name = "tested_on") LocalDate testedOn,
        @Column(name = "test_name") String testName,
        @Column(name = "insurance_covered") boolean insuranceCovered,
        @Enumerated(EnumType.STRING) @Column(name = "kind") PriorTestKind kind) {
}
