package jp.renkei.referral;

/** Someone else changed the referral since this person loaded it; nothing was overwritten. */
public class ReferralChangedConcurrently extends RuntimeException {

    public ReferralChangedConcurrently(ReferralId id) {
        super("Referral " + id.display() + " was changed by someone else");
    }
}
