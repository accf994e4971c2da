package jp.renkei.expertpanel;

/** A member's response to the draft recommendations in an asynchronous round. */
public enum ReviewAnswer {
    /** Agrees with the draft recommendations as they stand. */
    AGREE,
    /** Disagrees: the case goes to the next real-time meeting. Needs a reason. */
    DISAGREE,
    /** Neither yet: a remark or question for the others. Needs the remark. */
    COMMENT
}
