package jp.renkei.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.renkei.tenancy.HospitalSummary;

/**
 * A referral as either of its two hospitals sees it.
 *
 * @param viewerIsReferrer true for the referring hospital, false for the receiving one
 * @param version          pass back with every step, so a concurrent change is noticed instead of overwritten
 */
public record ReferralDetails(ReferralId id, long version, ReferralStatus status, boolean viewerIsReferrer,
        HospitalSummary referringHospital, HospitalSummary receivingHospital, String referringPhysician,
        ReferralContent content, int eligibilityWarnings, String eligibilityJustification, String pendingQuestion,
        LocalDate scheduledOn, String orderedTest, Instant submittedAt, Instant acknowledgementDueAt,
        boolean overdue, List<TimelineEntry> timeline, List<AttachmentInfo> attachments) {
}
