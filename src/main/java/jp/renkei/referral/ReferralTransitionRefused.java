package jp.renkei.referral;

import jp.renkei.shared.workflow.Refused;

/** A step that the referral's current state, or the actor's side, does not allow. */
public class ReferralTransitionRefused extends Refused {

    public ReferralTransitionRefused(String messageKey, String detail) {
        super(messageKey, detail);
    }
}
