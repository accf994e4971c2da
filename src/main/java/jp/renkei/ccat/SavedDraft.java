package jp.renkei.ccat;

import java.time.Instant;
import java.util.Map;

/** A form's draft as its author left it: field name to the field's value as text. */
public record SavedDraft(TestDraftForm form, Map<String, String> fields, Instant savedAt) {
}
