package jp.renkei.ccat.milestone;

/** Where a step stands on a given day. */
public enum MilestoneStatus {

    REACHED("ccat.milestone.status.reached"),
    /** Reached, but after its due date: counts in the turnaround figures, no longer on the worklist. */
    REACHED_LATE("ccat.milestone.status.reachedLate"),
    OPEN("ccat.milestone.status.open"),
    /** Not reached and its due date has passed. */
    OVERDUE("ccat.milestone.status.overdue");

    private final String messageKey;

    MilestoneStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
