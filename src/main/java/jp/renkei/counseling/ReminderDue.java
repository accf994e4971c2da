package jp.renkei.counseling;

import jp.renkei.shared.HospitalId;

/** A claimed reminder, to be emailed once. */
record ReminderDue(long bookingId, HospitalId bookingHospital, String kind) {
}
