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
 * @param nextSteps        what may happen next and which side takes it, as the aggregate rules it
 * @param visit            when and where the patient is expected, once scheduled
 */
public record ReferralDetails(ReferralId id, long version, ReferralStatus status, boolean viewerIsReferrer,
        HospitalSummary referringHospital, HospitalSummary receivingHospital, String referringPhysician,
        ReferralContent content, int eligibilityWarnings, String eligibilityJustification, String pendingQuestion,
        ScheduledVisit visit, String orderedTest, Instant submittedAt, Instant acknowledgementDueAt,
        boolean overdue, List<TimelineEntry> timeline, List<AttachmentInfo> attachments, List<NextStep> nextSteps) {

    public LocalDate scheduledOn() {
        return visit == null ? null : visit.date();
    }

    /** The steps the viewer's own side may take now. */
    public List<ReferralAction> myNextSteps() {
        NextStep.Side mine = viewerIsReferrer ? NextStep.Side.REFERRER : NextStep.Side.RECEIVER;
        return nextSteps.stream().filter(s -> s.side() == mine).map(NextStep::action).toList();
    }

    public boolean mayTake(ReferralAction action) {
        return myNextSteps().contains(action);
    }
}
