package jp.renkei.ccat.milestone;

/** What a panel test is run on. */
public enum SampleType {

    /** Tumour tissue (FFPE). */
    TISSUE("ccat.sampleType.tissue"),
    /** Blood (cell-free DNA, a liquid biopsy). */
    BLOOD("ccat.sampleType.blood"),
    /** Tumour tissue with a blood sample as the matched normal. */
    TISSUE_WITH_MATCHED_BLOOD("ccat.sampleType.tissueWithMatchedBlood");

    private final String messageKey;

    SampleType(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
