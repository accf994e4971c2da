package jp.renkei.referral;

import java.util.EnumSet;
import java.util.Set;

/** draft → submitted → accepted / declined / returned → scheduled → test ordered → results returned → closed. */
public enum ReferralStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN,
    SCHEDULED,
    TEST_ORDERED,
    RESULTS_RETURNED,
    CLOSED;

    /** States the receiving hospital can see: everything after the referrer first sent it. */
    public boolean visibleToReceiver() {
        return this != DRAFT;
    }

    public boolean isFinished() {
        return this == DECLINED || this == WITHDRAWN || this == CLOSED;
    }

    /** The referrer may still change the content (a draft, or when asked for more information). */
    public boolean editableByReferrer() {
        return this == DRAFT || this == RETURNED;
    }

    public static Set<ReferralStatus> open() {
        Set<ReferralStatus> open = EnumSet.allOf(ReferralStatus.class);
        open.removeIf(ReferralStatus::isFinished);
        return open;
    }
}
