package jp.renkei.expertpanel.review;

/** How the patient could get the recommended therapy. */
public enum TherapyRoute {
    APPROVED, OFF_LABEL, CLINICAL_TRIAL, PATIENT_PROPOSED_CARE, NONE
}
