package jp.renkei.ccat.billing;

/** The fee-schedule items a genomic test can bill (医科診療報酬点数表), with the code the billing office uses. */
public enum BillingItem {

    /** がんゲノムプロファイリング検査, when the specimen is submitted. */
    D006_19("D006-19", "ccat.billing.item.D006_19"),
    /** がんゲノムプロファイリング評価提供料, when the panel's result has been explained and sent to C-CAT. */
    B011_5("B011-5", "ccat.billing.item.B011_5"),
    /** 悪性腫瘍組織検査, the same test first run as a companion diagnostic. */
    D004_2("D004-2", "ccat.billing.item.D004_2");

    private final String code;
    private final String messageKey;

    BillingItem(String code, String messageKey) {
        this.code = code;
        this.messageKey = messageKey;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }
}
