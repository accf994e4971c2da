package jp.renkei.referral;

/** The steps a person can take on a referral; {@code Referral.nextSteps()} says which are open now. */
public enum ReferralAction {
    EDIT,
    SUBMIT,
    ANSWER,
    WITHDRAW,
    ACCEPT,
    RETURN_FOR_INFORMATION,
    DECLINE,
    SCHEDULE,
    ORDER_TEST,
    RETURN_RESULTS,
    CLOSE
}
