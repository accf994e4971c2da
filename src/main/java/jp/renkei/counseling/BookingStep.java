package jp.renkei.counseling;

/** What may happen to a booking next; {@link BookingDetails#nextSteps()} lists those open to the viewer. */
public enum BookingStep {
    RESCHEDULE,
    CANCEL,
    RECORD_NO_SHOW,
    RECORD_OUTCOME
}
