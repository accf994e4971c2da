package jp.renkei.counseling;

/** Kinds of counseling session; default lengths come from configuration (renkei.counseling.lengths). */
public enum SessionType {
    PRE_TEST,
    RESULTS,
    SECONDARY_FINDINGS,
    FAMILY
}
