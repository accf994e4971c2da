package jp.renkei.ccat.billing;

/** Why the test was ordered first: it decides whether D004-2 applies and how D006-19 is billed. */
public enum TestPurpose {

    /** Comprehensive genomic profiling from the start. */
    PROFILING("ccat.purpose.profiling"),
    /** First run as a companion diagnostic for treatment selection (D004-2), later used for profiling. */
    COMPANION_DIAGNOSTIC_FIRST("ccat.purpose.companionDiagnosticFirst");

    private final String messageKey;

    TestPurpose(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
