package jp.renkei.ccat;

/** The best response to the treatment given after the panel, as C-CAT's follow-up asks for it. */
public enum TreatmentResponse {

    COMPLETE("ccat.response.complete"),
    PARTIAL("ccat.response.partial"),
    STABLE("ccat.response.stable"),
    PROGRESSIVE("ccat.response.progressive"),
    NOT_EVALUABLE("ccat.response.notEvaluable"),
    /** No treatment was started. */
    NOT_TREATED("ccat.response.notTreated");

    private final String messageKey;

    TreatmentResponse(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
