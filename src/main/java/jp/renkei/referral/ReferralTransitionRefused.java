package jp.renkei.referral;

/** A step that the referral's current state, or the actor's side, does not allow. */
public class ReferralTransitionRefused extends RuntimeException {

    private final String messageKey;

    public ReferralTransitionRefused(String messageKey, String detail) {
        super(messageKey + ": " + detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
