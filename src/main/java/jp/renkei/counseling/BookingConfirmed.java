package jp.renkei.counseling;

import jp.renkei.shared.workflow.Actor;

/** A session was booked. */
public record BookingConfirmed(BookedSession booking, Actor actor) {
}
