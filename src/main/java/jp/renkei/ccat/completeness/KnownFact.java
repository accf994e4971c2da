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
    RESULT_EXPLAINED_ON
}
