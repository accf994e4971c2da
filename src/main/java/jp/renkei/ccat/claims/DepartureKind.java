package jp.renkei.ccat.claims;

/** How the patient left the testing hospital's care. */
public enum DepartureKind {

    TRANSFERRED("ccat.billing.departure.transferred"),
    DIED("ccat.billing.departure.died");

    private final String messageKey;

    DepartureKind(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
