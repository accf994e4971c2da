package jp.renkei.ccat.completeness;

import java.util.Locale;
import java.util.Objects;

/**
 * One clinical item C-CAT asks for, as written in an item-set file: its id (stable within the set), the C-CAT
 * group it belongs to, the stage from which it is required, its label in Japanese and English (the set carries its
 * own words, since C-CAT revises items without a release of ours), and the fact that fills it when the portal
 * already knows it ({@code null} when it has to be entered in C-CAT's input tool).
 */
public record CompletenessItem(String id, String groupJa, String groupEn, String labelJa, String labelEn,
        CompletenessStage stage, KnownFact knownFrom) {

    public CompletenessItem {
        for (String text : new String[] {id, groupJa, groupEn, labelJa, labelEn}) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("completeness item " + id + ": id, groups and labels are required");
            }
        }
        Objects.requireNonNull(stage, () -> "completeness item " + id + ": stage is required");
    }

    public String label(Locale locale) {
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? labelJa : labelEn;
    }

    public String group(Locale locale) {
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? groupJa : groupEn;
    }
}
