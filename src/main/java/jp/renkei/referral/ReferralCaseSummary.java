package jp.renkei.referral;

import java.util.Set;

/**
 * A referral as an expert panel's agenda needs it: who referred, which cancer (its label in Japanese, the agenda
 * being a Japanese clinical document), the referring physician's clinical summary and what was asked for. No
 * patient name or ID: the referral number is enough to find the patient for those who may.
 */
public record ReferralCaseSummary(ReferralId referral, String referringHospitalName, String referringPhysician,
        String cancerTypeCode, String cancerTypeJa, String clinicalSummary, Set<RequestedService> services) {

    public ReferralCaseSummary {
        services = Set.copyOf(services);
    }
}
