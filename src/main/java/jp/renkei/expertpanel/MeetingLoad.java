package jp.renkei.expertpanel;

import java.time.Instant;

/**
 * An upcoming meeting's load: {@code cases} of {@code capacity} places taken, {@code late} of them after their due
 * date. Also what a coordinator chooses from when moving a case.
 */
public record MeetingLoad(long meetingId, String panelName, Instant startsAt, MeetingKind kind, long cases,
        int capacity, long late) {

    public boolean full() {
        return cases >= capacity;
    }
}
