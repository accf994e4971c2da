package jp.renkei.ccat.completeness;

/**
 * A fact the portal already holds from another workflow, so the item it answers counts as filled and is never typed
 * again: from the referral (or the panel's own-patient case), the test record, or the panel case.
 */
public enum KnownFact {

    PATIENT_SEX,
    PATIENT_BIRTH_DATE,
    CANCER_TYPE,
    STAGE,
    ECOG_PERFORMANCE_STATUS,
    TREATMENT_LINE,
    STANDARD_TREATMENT_STATUS,
    SPECIMEN_TYPE,
    SPECIMEN_COLLECTED_ON,
    TUMOUR_CELLULARITY,
    /** The catalogue test of the test record. */
    PANEL_TEST,
    PANEL_HELD_ON,
    /** The panel concluded, so whether it proposed a treatment (and which) is on record. */
    PANEL_RECOMMENDATIONS,
    RESULT_EXPLAINED_ON,
    /** A follow-up entry said whether the recommended therapy was given. */
    RECOMMENDED_THERAPY_GIVEN,
    /** A follow-up entry gave the day the patient was last known alive (or that the patient died). */
    LAST_KNOWN_ALIVE,
    /** A follow-up entry said whether the patient is alive. */
    SURVIVAL_STATUS
}
