package jp.renkei.expertpanel;

/** Where an asynchronous round stands: collecting responses, agreed, or sent to a real-time meeting. */
public enum ReviewRoundStatus {
    OPEN,
    CONCLUDED,
    ESCALATED
}
