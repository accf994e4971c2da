package jp.renkei.counseling;

import java.util.List;

import jp.renkei.shared.HospitalId;

/** A booking as its two hospitals see it (video link included: only they can load it). */
public record BookingDetails(long id, long version, BookingStatus status, SessionType sessionType, TimeRange slot,
        CounselorProfile counselor, HospitalId bookingHospital, Long referralId, String patientHospitalId,
        String patientName, String videoUrl, String bookedBy, Boolean furtherTestingAdvised,
        Boolean familyCounselingAdvised, String outcomeNote, List<BookingHistoryEntry> history) {
}
