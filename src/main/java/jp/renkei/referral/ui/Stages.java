package jp.renkei.referral.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;

/**
 * The stage choices. Stored values stay as drafts and letters always had them (Roman numerals, 再発, 不明); the
 * two words are shown in the reader's language.
 */
final class Stages {

    static final List<String> VALUES = List.of("I", "II", "III", "IV", "再発", "不明");

    private static final Map<String, String> WORD_KEYS = Map.of(
            "再発", "referral.stage.recurrent",
            "不明", "referral.stage.unknown");

    private Stages() {
    }

    static String label(Component reader, String stage) {
        if (stage == null) {
            return "";
        }
        String key = WORD_KEYS.get(stage);
        return key == null ? stage : reader.getTranslation(key);
    }
}
