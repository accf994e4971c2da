package jp.renkei.referral;

import java.util.List;
import java.util.Set;

/** Everything the referrer fills in; the same record for drafts and for submission. */
public record ReferralContent(PatientParticulars patient, ClinicalDetails clinical, Specimen specimen,
        List<PriorTest> priorTests, Set<RequestedService> services) {

    public ReferralContent {
        priorTests = priorTests == null ? List.of() : List.copyOf(priorTests);
        services = services == null ? Set.of() : Set.copyOf(services);
    }
}
