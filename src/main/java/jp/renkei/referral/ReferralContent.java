package jp.renkei.referral;

import java.util.List;
import java.util.Set;

/**
 * Everything the referrer fills in; the same record for drafts and for submission.
 *
 * @param eligibilityJustification why the referral goes ahead despite eligibility warnings; kept with the draft
 */
public record ReferralContent(PatientParticulars patient, ClinicalDetails clinical, Specimen specimen,
        List<PriorTest> priorTests, Set<RequestedService> services, String eligibilityJustification) {

    public ReferralContent {
        priorTests = priorTests == null ? List.of() : List.copyOf(priorTests);
        services = services == null ? Set.of() : Set.copyOf(services);
        eligibilityJustification = eligibilityJustification == null || eligibilityJustification.isBlank() ? null
                : eligibilityJustification.strip();
    }

    /** Content without a justification yet (no eligibility warning, or not written). */
    public ReferralContent(PatientParticulars patient, ClinicalDetails clinical, Specimen specimen,
            List<PriorTest> priorTests, Set<RequestedService> services) {
        this(patient, clinical, specimen, priorTests, services, null);
    }

    public ReferralContent withJustification(String justification) {
        return new ReferralContent(patient, clinical, specimen, priorTests, services, justification);
    }
}
