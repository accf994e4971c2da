package jp.renkei.expertpanel;

/** A panel meets in real time (with a video link) or reviews asynchronously (持ち回り協議). */
public enum MeetingKind {
    REAL_TIME,
    ASYNC_ROUND
}
