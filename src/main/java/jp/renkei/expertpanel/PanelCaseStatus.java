package jp.renkei.expertpanel;

/**
 * Where a panel case stands. Forward only, except that a disagreement in an asynchronous round sends the case to
 * a real-time meeting ({@link #ESCALATED}), from where it is concluded like any other.
 */
public enum PanelCaseStatus {
    /** On a panel, waiting for its meeting (or for a meeting to be scheduled). */
    ASSIGNED,
    /** An asynchronous (持ち回り) round is collecting the reviewers' responses. */
    IN_ASYNC_REVIEW,
    /** A reviewer disagreed in the round; the case goes to the next real-time meeting. */
    ESCALATED,
    /** The recommendations are agreed, judged against a composition rule set; the report can be issued. */
    CONCLUDED,
    /** The report went back to the referring clinician. */
    REPORTED,
    /** The referring clinician explained the result to the patient. */
    EXPLAINED;

    /** Until the recommendations are agreed the case may still move to another panel or meeting. */
    public boolean open() {
        return this == ASSIGNED || this == IN_ASYNC_REVIEW || this == ESCALATED;
    }
}
