package jp.renkei.referral;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import jp.renkei.referral.eligibility.EligibilityInput;
import jp.renkei.referral.eligibility.EligibilityPolicy;
import jp.renkei.referral.eligibility.EligibilityResult;
import jp.renkei.referral.priortest.PriorTestCatalogue;
import jp.renkei.tenancy.HospitalSummary;
import jp.renkei.tenancy.HospitalTier;

/** Feeds a referral's content to the versioned eligibility policy. */
@Component
class ReferralEligibility {

    private final EligibilityPolicy policy;
    private final PriorTestCatalogue priorTests;

    ReferralEligibility(EligibilityPolicy policy, PriorTestCatalogue priorTests) {
        this.policy = policy;
        this.priorTests = priorTests;
    }

    EligibilityResult assess(HospitalSummary receiving, ReferralContent content, LocalDate today) {
        ClinicalDetails clinical = content.clinical();
        Specimen specimen = content.specimen() == null ? Specimen.unknown() : content.specimen();
        return policy.evaluate(new EligibilityInput(today,
                clinical == null ? null : clinical.standardTreatment(),
                // Simplification until hospitals record their 先進医療A approval: core hospitals offer it.
                receiving.tier() == HospitalTier.CORE,
                content.priorTests().stream().anyMatch(this::usedUpLifetimeCoverage),
                specimen.type(), specimen.collectedOn(), specimen.fixation(), specimen.tumourCellularityPercent(),
                clinical == null ? null : clinical.ecogPerformanceStatus()));
    }

    /** Only an insured CGP panel counts; a companion diagnostic such as BRACAnalysis never does. */
    private boolean usedUpLifetimeCoverage(PriorTest test) {
        PriorTestKind kind = test.kind() != null ? test.kind() : priorTests.kindOf(test.testName());
        return test.insuranceCovered() && kind == PriorTestKind.CGP_PANEL;
    }
}
