package jp.renkei.counseling;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.UserId;

/**
 * What every booking event carries, so that a listener (mail, reminders, the referral timeline, later the
 * expert panel and C-CAT) needs no second read: the booking, both hospitals, the counselor as a person and
 * as a directory entry, the time and kind of session, and the referral it serves, if any. No patient data.
 */
public record BookedSession(long bookingId, HospitalId bookingHospital, HospitalId counselorHospital,
        long counselorId, UserId counselorUser, SessionType type, TimeRange slot, Long referralId) {
}
