package jp.renkei.referral;

/** What happened in a timeline entry. */
public enum ReferralStep {
    CREATED,
    SUBMITTED,
    WITHDRAWN,
    ACCEPTED,
    DECLINED,
    RETURNED_FOR_INFORMATION,
    ANSWERED_AND_RESUBMITTED,
    SCHEDULED,
    TEST_ORDERED,
    RESULTS_RETURNED,
    CLOSED,
    ATTACHMENT_ADDED,
    COUNSELING_BOOKED,
    /** The receiving hospital let the acknowledgement deadline pass (the overdue job). */
    OVERDUE
}
