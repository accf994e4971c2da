package jp.renkei.referral;

/** Where the patient stands with standard treatment (標準治療) — the axis of the insurance timing rule. */
public enum StandardTreatmentStatus {
    NOT_STARTED,
    ONGOING,
    EXPECTED_TO_END,
    ENDED,
    NO_STANDARD_TREATMENT
}
