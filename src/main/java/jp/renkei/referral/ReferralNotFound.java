package jp.renkei.referral;

/** Not there, or not visible to this hospital: the same answer, so ids reveal nothing across hospitals. */
public class ReferralNotFound extends RuntimeException {

    public ReferralNotFound(String what) {
        super("Not found: " + what);
    }
}
