package jp.renkei.expertpanel;

import java.util.Set;

import jp.renkei.referral.ReferralCaseSummary;
import jp.renkei.referral.RequestedService;

/**
 * A case as the agenda and the report introduce it, whether it was referred or is the hospital's own patient:
 * the number people know it by and the message key naming that number (referral number or own patient ID), who
 * brought it (referring hospital and physician, or the own hospital and attending physician) under a label key to
 * match (and the key of the report's patient line naming whose patient ID it prints), the cancer (Japanese label), the clinical summary and what was asked for.
 */
record CaseHeader(String number, String numberLabelKey, String patientLineKey, String origin, String originLabelKey,
        String physician, String cancerTypeCode, String cancerTypeJa, String clinicalSummary, Set<RequestedService> services) {

    CaseHeader {
        services = Set.copyOf(services);
    }

    static CaseHeader referred(ReferralCaseSummary referral) {
        return new CaseHeader(referral.referral().display(), "panel.report.referral", "panel.report.patientId",
                referral.referringHospitalName(), "panel.report.referrer", referral.referringPhysician(),
                referral.cancerTypeCode(), referral.cancerTypeJa(), referral.clinicalSummary(), referral.services());
    }
}
