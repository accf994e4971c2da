package jp.renkei.expertpanel;

/** What a file attached to a panel case is. */
public enum CaseAttachmentKind {
    /** The sequencing lab's report of the profiling test. */
    LAB_REPORT,
    /** C-CAT's findings report (C-CAT調査結果): written for the panel, for clinicians only, never for the patient. */
    CCAT_REPORT,
    OTHER
}
