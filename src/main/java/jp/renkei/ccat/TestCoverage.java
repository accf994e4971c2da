package jp.renkei.ccat;

/** How the test is paid for. */
public enum TestCoverage {

    /** Under public health insurance (保険診療). */
    INSURED("ccat.coverage.insured"),
    /** As advanced medical care (先進医療), outside the insured indication. */
    ADVANCED_MEDICAL("ccat.coverage.advancedMedical"),
    /** Paid by the patient (自費診療). */
    SELF_PAID("ccat.coverage.selfPaid");

    private final String messageKey;

    TestCoverage(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
