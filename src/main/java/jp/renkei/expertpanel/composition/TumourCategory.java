package jp.renkei.expertpanel.composition;

/** Panels review solid tumours or haematological malignancies (insured since 2025-03), under rules of their own. */
public enum TumourCategory {
    SOLID("panel.composition.noRuleSet.SOLID"),
    HAEMATOLOGICAL("panel.composition.noRuleSet.HAEMATOLOGICAL");

    private final String noRuleSetKey;

    TumourCategory(String noRuleSetKey) {
        this.noRuleSetKey = noRuleSetKey;
    }

    /** "No requirements recorded for this category on {0}". */
    String noRuleSetKey() {
        return noRuleSetKey;
    }
}
