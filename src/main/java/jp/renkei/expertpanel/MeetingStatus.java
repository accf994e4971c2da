package jp.renkei.expertpanel;

/** Scheduled until the coordinator signs off who took part; signing off fixes the composition verdict. */
public enum MeetingStatus {
    SCHEDULED,
    SIGNED_OFF
}
