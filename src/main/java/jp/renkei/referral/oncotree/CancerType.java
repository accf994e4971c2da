package jp.renkei.referral.oncotree;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A cancer type as an OncoTree code with its English name (verbatim from OncoTree) and our Japanese name.
 *
 * @param code     OncoTree code, e.g. {@code PAAD}
 * @param nameEn   OncoTree name, e.g. "Pancreatic Adenocarcinoma"
 * @param nameJa   Japanese name (our translation), e.g. "膵腺癌"
 * @param tissueEn OncoTree tissue, e.g. "Pancreas"
 * @param tissueJa Japanese tissue (our translation), e.g. "膵臓"
 */
public record CancerType(String code, String nameEn, String nameJa, String tissueEn, String tissueJa) {

    /** The shape of an OncoTree code. */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9_]+");

    public CancerType {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not an OncoTree code: '" + code + "'");
        }
        requireText(nameEn, "nameEn", code);
        requireText(nameJa, "nameJa", code);
        requireText(tissueEn, "tissueEn", code);
        requireText(tissueJa, "tissueJa", code);
    }

    /** "膵腺癌（PAAD）" in Japanese (also for a null locale, the application's default), else "Pancreatic Adenocarcinoma (PAAD)". */
    public String label(Locale locale) {
        return japanese(locale) ? nameJa + "（" + code + "）" : nameEn + " (" + code + ")";
    }

    /** The name in the locale's language: Japanese for Japanese or a null locale, English otherwise. */
    public String name(Locale locale) {
        return japanese(locale) ? nameJa : nameEn;
    }

    /** The tissue in the locale's language: Japanese for Japanese or a null locale, English otherwise. */
    public String tissue(Locale locale) {
        return japanese(locale) ? tissueJa : tissueEn;
    }

    static boolean japanese(Locale locale) {
        return locale == null || Locale.JAPANESE.getLanguage().equals(locale.getLanguage());
    }

    private static void requireText(String value, String field, String code) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is blank for " + code);
        }
    }
}
