package jp.renkei.counseling;

import java.time.Instant;

import jp.renkei.shared.workflow.Actor;

/** A session was booked for a referral's patient: the referral's timeline shows it. */
record CounselingBookedForReferral(long referralId, Instant startsAt, String counselorName, Actor actor) {
}
