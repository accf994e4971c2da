package jp.renkei.counseling;

/** A booking as a line of the booking page's list: no history, video link or next steps, which only its own page needs. */
public record BookingLine(long id, TimeRange slot, SessionType sessionType, String patientName, String counselorName,
        BookingStatus status) {
}
