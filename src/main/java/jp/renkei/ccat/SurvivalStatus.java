package jp.renkei.ccat;

/** Whether the patient was alive when the follow-up entry was made. */
public enum SurvivalStatus {

    ALIVE("ccat.survival.alive"),
    DECEASED("ccat.survival.deceased"),
    LOST_TO_FOLLOW_UP("ccat.survival.lostToFollowUp");

    private final String messageKey;

    SurvivalStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
