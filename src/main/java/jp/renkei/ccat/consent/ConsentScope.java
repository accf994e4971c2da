package jp.renkei.ccat.consent;

/** What a patient consents to, each decided and recorded on its own. */
public enum ConsentScope {

    /** Registration of the test's data with C-CAT (C-CAT への登録). */
    C_CAT_REGISTRATION("ccat.consent.scope.registration"),
    /** Secondary use of the registered data (二次利用). */
    SECONDARY_USE("ccat.consent.scope.secondaryUse"),
    /** The wish to be told of secondary (germline) findings (二次的所見の開示). */
    SECONDARY_FINDINGS_DISCLOSURE("ccat.consent.scope.secondaryFindings");

    private final String messageKey;

    ConsentScope(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
