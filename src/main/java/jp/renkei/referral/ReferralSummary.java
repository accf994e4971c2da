package jp.renkei.referral;

import java.time.Instant;
import java.util.Set;

import jp.renkei.tenancy.HospitalSummary;

/**
 * One line of a referral list.
 *
 * @param acknowledgementDueAt exclusive bound (midnight after the last day)
 * @param visit                when and where the patient is expected, once scheduled
 */
public record ReferralSummary(ReferralId id, ReferralStatus status, String patientName, String cancerTypeCode,
        Set<RequestedService> services, HospitalSummary referringHospital, HospitalSummary receivingHospital,
        Instant submittedAt, Instant acknowledgementDueAt, boolean overdue, Instant updatedAt, String patientId,
        ScheduledVisit visit) {
}
