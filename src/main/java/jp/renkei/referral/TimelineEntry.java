package jp.renkei.referral;

import java.time.Instant;

/** One line of a referral's timeline as the two hospitals read it: who did what, for which hospital, when, why. */
public record TimelineEntry(Instant occurredAt, Long actorUserId, String actorName, long actorHospitalId,
        ReferralStep step, ReferralStatus toStatus, String note) {
}
