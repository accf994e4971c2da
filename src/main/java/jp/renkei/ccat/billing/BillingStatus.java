package jp.renkei.ccat.billing;

/** Where one item of one test stands for the billing office. */
public enum BillingStatus {

    /** Every condition is met and it has not been claimed yet. */
    CLAIMABLE("ccat.billing.status.claimable"),
    /** Claimed already. */
    CLAIMED("ccat.billing.status.claimed"),
    /** Points that will be lost unless someone acts, or that a transfer or death has put in doubt. */
    AT_RISK("ccat.billing.status.atRisk"),
    /** Not (yet) billable; the reason says what is missing. */
    NOT_CLAIMABLE("ccat.billing.status.notClaimable");

    private final String messageKey;

    BillingStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
