package jp.renkei.counseling;

import java.time.Instant;

import jp.renkei.shared.HospitalId;

/** A booking changed (booked, rescheduled or cancelled): invitations go out after commit. */
public record CounselingSessionBooked(long bookingId, HospitalId bookingHospital, boolean cancelled) {
}
