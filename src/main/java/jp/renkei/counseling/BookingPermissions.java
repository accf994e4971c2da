package jp.renkei.counseling;

/** Which booking actions the signed-in person may take (the service enforces the same rules). */
public record BookingPermissions(boolean reschedule, boolean cancel, boolean recordNoShow, boolean recordOutcome) {
}
