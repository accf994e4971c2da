package jp.renkei.referral;

import jp.renkei.shared.workflow.ChangedConcurrently;

/** Someone else changed the referral since this person loaded it; nothing was overwritten. */
public class ReferralChangedConcurrently extends ChangedConcurrently {

    public ReferralChangedConcurrently(ReferralId id) {
        super("referral " + id.display());
    }
}
