package jp.renkei.ccat.ledger;

/** The ledger's columns in the order of the facility standard, the same in the CSV and the PDF. */
enum LedgerColumn {

    PATIENT_ID("ccat.ledger.column.patientId"),
    PATIENT_NAME("ccat.ledger.column.patientName"),
    TEST("ccat.ledger.column.test"),
    SPECIMEN_SHIPPED("ccat.ledger.column.specimenShipped"),
    RESULT_RECEIVED("ccat.ledger.column.resultReceived"),
    PANEL_HELD("ccat.ledger.column.panelHeld"),
    PANEL_RESULT_RECEIVED("ccat.ledger.column.panelResultReceived"),
    RESULT_EXPLAINED("ccat.ledger.column.resultExplained"),
    NEW_OPTIONS_EXPLAINED("ccat.ledger.column.newOptionsExplained"),
    REGISTRATION_CONSENT("ccat.ledger.column.registrationConsent"),
    SECONDARY_USE_CONSENT("ccat.ledger.column.secondaryUseConsent"),
    CCAT_SUBMITTED("ccat.ledger.column.ccatSubmitted");

    private final String messageKey;

    LedgerColumn(String messageKey) {
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
