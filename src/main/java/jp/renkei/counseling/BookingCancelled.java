package jp.renkei.counseling;

import jp.renkei.shared.workflow.Actor;

/** A booked session was called off; its time is free again. */
public record BookingCancelled(BookedSession booking, String reason, Actor actor) {
}
