package jp.renkei.expertpanel;

import java.time.Instant;

/** A counseling request raised by a secondary finding: when, and the start of the session booked for it (or null). */
public record FollowUpStatus(Instant raisedAt, Instant bookedStart) {

    public boolean booked() {
        return bookedStart != null;
    }
}
