package jp.renkei.referral;

/** The timeline step (and audit action) each event stands for. */
final class ReferralSteps {

    private ReferralSteps() {
    }

    static ReferralStep of(ReferralEvent event) {
        return switch (event) {
            case ReferralDrafted e -> ReferralStep.CREATED;
            case ReferralSubmitted e -> ReferralStep.SUBMITTED;
            case ReferralResubmitted e -> ReferralStep.ANSWERED_AND_RESUBMITTED;
            case ReferralWithdrawn e -> ReferralStep.WITHDRAWN;
            case ReferralAccepted e -> ReferralStep.ACCEPTED;
            case ReferralDeclined e -> ReferralStep.DECLINED;
            case ReferralReturned e -> ReferralStep.RETURNED_FOR_INFORMATION;
            case ReferralScheduled e -> ReferralStep.SCHEDULED;
            case ReferralTestOrdered e -> ReferralStep.TEST_ORDERED;
            case ReferralResultsReturned e -> ReferralStep.RESULTS_RETURNED;
            case ReferralClosed e -> ReferralStep.CLOSED;
            case ReferralAcknowledgementOverdue e -> ReferralStep.OVERDUE;
        };
    }
}
