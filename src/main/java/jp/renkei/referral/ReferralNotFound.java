package jp.renkei.referral;

import jp.renkei.shared.workflow.NotFound;

/** Not there, or not visible to this hospital: the same answer, so ids reveal nothing across hospitals. */
public class ReferralNotFound extends NotFound {

    public ReferralNotFound(String what) {
        super(what);
    }
}
