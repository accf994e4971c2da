package jp.renkei.ccat.completeness;

/** When C-CAT asks for an item: the stages follow each other, and a stage's items stay required once it is reached. */
public enum CompletenessStage {

    /** From the order: what the panel and C-CAT's findings report need. */
    BEFORE_PANEL("ccat.completeness.stage.beforePanel"),
    /** Once the panel has been held: what was proposed and what was given. */
    AFTER_PANEL("ccat.completeness.stage.afterPanel"),
    /** Once the result has been explained: how the patient fared. */
    OUTCOME("ccat.completeness.stage.outcome");

    private final String messageKey;

    CompletenessStage(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Whether this stage's items are required once {@code reached} has been reached. */
    public boolean requiredAt(CompletenessStage reached) {
        return compareTo(reached) <= 0;
    }
}
