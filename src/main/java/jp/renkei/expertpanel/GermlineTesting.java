package jp.renkei.expertpanel;

/** Whether the referring clinician had a secondary (germline) finding confirmed by a germline test. */
public enum GermlineTesting {
    NOT_YET,
    DONE,
    NOT_DONE
}
