package jp.renkei.counseling;

import java.util.List;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.workflow.HistoryEntry;

/**
 * A booking as its two hospitals see it (video link included: only they can load it), with the steps the
 * viewer may take next, decided by the booking itself.
 */
public record BookingDetails(long id, long version, BookingStatus status, SessionType sessionType, TimeRange slot,
        CounselorProfile counselor, HospitalId bookingHospital, Long referralId, String patientHospitalId,
        String patientName, String videoUrl, String bookedBy, Boolean furtherTestingAdvised,
        Boolean familyCounselingAdvised, String outcomeNote, List<HistoryEntry> history, List<BookingStep> nextSteps) {

    public BookingDetails {
        history = List.copyOf(history);
        nextSteps = List.copyOf(nextSteps);
    }

    public boolean may(BookingStep step) {
        return nextSteps.contains(step);
    }
}
