package jp.renkei.ccat.milestone;

/** The steps of a test, in the order they are due; each step's due date counts from the one before. */
public enum MilestoneStep {

    CONSENT("ccat.milestone.consent"),
    SPECIMEN_SHIPPED("ccat.milestone.specimenShipped"),
    /** The lab uploads its result to C-CAT; due after the catalogue's typical turnaround for the test. */
    LAB_RESULT_UPLOADED("ccat.milestone.labResultUploaded"),
    CLINICAL_DATA_ENTERED("ccat.milestone.clinicalDataEntered"),
    CCAT_REPORT_RECEIVED("ccat.milestone.ccatReportReceived"),
    PANEL_HELD("ccat.milestone.panelHeld"),
    RESULT_EXPLAINED("ccat.milestone.resultExplained"),
    /** Treatment, response and survival entries for C-CAT, due at intervals after the explanation. */
    FOLLOW_UP("ccat.milestone.followUp");

    private final String messageKey;

    MilestoneStep(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
