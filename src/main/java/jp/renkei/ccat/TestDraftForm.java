package jp.renkei.ccat;

/** The entry forms of a test's page whose unrecorded input is kept as a draft. */
public enum TestDraftForm {
    PARTICULARS, MILESTONE, CONSENT, FOLLOW_UP
}
