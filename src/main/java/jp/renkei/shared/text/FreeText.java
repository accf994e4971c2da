package jp.renkei.shared.text;

import java.text.Normalizer;

/**
 * The one check for free text before a service stores it: a maximum length in characters (what the database
 * column holds, counted as code points like MariaDB does), no control characters (a line break and a tab only
 * where text may run over several lines), and no Unicode bidirectional embeddings, overrides or isolates, which
 * make a name read backwards on screen and in printed letters. Names are normalised with NFKC first, so
 * half-width katakana and full-width digits are stored in one form. {@code null} stays {@code null}.
 *
 * <p>{@code field} is the bundle key of the field's label ({@code input.field.*}), named in the refusal.
 */
public final class FreeText {

    private FreeText() {
    }

    /** One line: a title, a place, a short reason. */
    public static String line(String field, String value, int maxLength) {
        return checked(field, value, maxLength, false);
    }

    /** Several lines: summaries, notes, comments. */
    public static String lines(String field, String value, int maxLength) {
        return checked(field, value, maxLength, true);
    }

    /** A person's name (or another identifier people type in two widths), NFKC-normalised, one line. */
    public static String name(String field, String value, int maxLength) {
        return value == null ? null : line(field, Normalizer.normalize(value, Normalizer.Form.NFKC), maxLength);
    }

    private static String checked(String field, String value, int maxLength, boolean multiLine) {
        if (value == null) {
            return null;
        }
        if (value.codePoints().anyMatch(FreeText::bidiControl)) {
            throw new InputRefused("input.bidiControl", field);
        }
        if (value.codePoints().anyMatch(c -> control(c, multiLine))) {
            throw new InputRefused("input.controlCharacter", field);
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw new InputRefused("input.tooLong", field, String.valueOf(maxLength));
        }
        return value;
    }

    /** U+202A–U+202E (embeddings, overrides) and U+2066–U+2069 (isolates). */
    private static boolean bidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static boolean control(int c, boolean multiLine) {
        if (multiLine && (c == '\n' || c == '\r' || c == '\t')) {
            return false;
        }
        return Character.getType(c) == Character.CONTROL;
    }
}
