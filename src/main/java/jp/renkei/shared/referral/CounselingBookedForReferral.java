package jp.renkei.shared.referral;

import java.time.Instant;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.UserId;

/**
 * A counseling session was booked for a referral's patient, so the referral timeline can show it. Lives in
 * {@code shared} because counseling builds on referrals and referrals must not import counseling.
 */
public record CounselingBookedForReferral(long referralId, Instant startsAt, String counselorName, UserId actor,
        String actorName, HospitalId actorHospital) {
}
