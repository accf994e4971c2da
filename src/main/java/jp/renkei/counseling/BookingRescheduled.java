package jp.renkei.counseling;

import jp.renkei.shared.workflow.Actor;

/** A booked session moved from {@code previous} to {@code booking.slot()}. */
public record BookingRescheduled(BookedSession booking, TimeRange previous, String reason, Actor actor) {
}
