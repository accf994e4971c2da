package jp.renkei.counseling;

import java.time.Instant;

/**
 * What the person booking chose: the counselor and start from a {@link SlotOffer}, the session type, and the
 * patient — from a referral (referralId) or typed in (hospital patient ID and name).
 */
public record BookingRequest(long counselorId, SessionType type, Instant start, Long referralId,
        String patientHospitalId, String patientName) {
}
