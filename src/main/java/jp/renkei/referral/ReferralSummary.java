package jp.renkei.referral;

import java.time.Instant;
import java.util.Set;

import jp.renkei.tenancy.HospitalSummary;

/** One line of a referral list. */
public record ReferralSummary(ReferralId id, ReferralStatus status, String patientName, String cancerTypeCode,
        Set<RequestedService> services, HospitalSummary referringHospital, HospitalSummary receivingHospital,
        Instant submittedAt, Instant acknowledgementDueAt, boolean overdue, Instant updatedAt) {
}
