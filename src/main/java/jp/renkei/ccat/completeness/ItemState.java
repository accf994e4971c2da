package jp.renkei.ccat.completeness;

/** Where one required item stands. */
public enum ItemState {

    /** The portal knows it from the referral, the test record or the panel case: nothing to type. */
    KNOWN_FROM_WORKFLOW("ccat.completeness.state.known"),
    /** Someone recorded that it was entered in C-CAT's input tool. */
    ENTERED("ccat.completeness.state.entered"),
    MISSING("ccat.completeness.state.missing");

    private final String messageKey;

    ItemState(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public boolean filled() {
        return this != MISSING;
    }
}
