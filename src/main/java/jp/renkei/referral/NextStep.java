package jp.renkei.referral;

/** A step that may happen next on a referral, and which of its two hospitals takes it. */
public record NextStep(ReferralAction action, Side side) {

    public enum Side {
        REFERRER,
        RECEIVER
    }
}
