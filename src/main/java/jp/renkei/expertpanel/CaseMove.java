package jp.renkei.expertpanel;

import java.time.Instant;

/** A reassignment as the case page shows it; the meeting times are {@code null} where there was none. */
public record CaseMove(String fromPanel, Instant fromMeeting, String toPanel, Instant toMeeting, String reason,
        String movedBy, Instant movedAt) {
}
