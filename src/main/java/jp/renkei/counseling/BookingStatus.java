package jp.renkei.counseling;

public enum BookingStatus {
    BOOKED,
    CANCELLED,
    COMPLETED,
    NO_SHOW
}
