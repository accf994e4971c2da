package jp.renkei.referral;

import java.text.Normalizer;

/**
 * What a typed patient search means, decided by its characters so the query can use one index: kana reads the
 * kana name, kanji the kanji name, anything else the hospital patient ID. Names match from their start (family
 * name first, as they are written), IDs exactly or from their start.
 */
record PatientSearch(Column column, String term) {

    enum Column {
        PATIENT_ID("patient_hospital_pid"),
        NAME_KANJI("patient_name_kanji"),
        NAME_KANA("patient_name_kana");

        final String sqlColumn;

        Column(String sqlColumn) {
            this.sqlColumn = sqlColumn;
        }
    }

    static PatientSearch of(String typed) {
        // NFKC: half-width kana and full-width digits become what the form stores
        String text = Normalizer.normalize(typed.strip(), Normalizer.Form.NFKC).replaceAll("\\s+", " ");
        String katakana = toKatakana(text);
        if (katakana.codePoints().allMatch(cp -> cp == ' ' || cp == 'ー' || cp == '・'
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA)) {
            return new PatientSearch(Column.NAME_KANA, katakana);
        }
        if (text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return new PatientSearch(Column.NAME_KANJI, text);
        }
        return new PatientSearch(Column.PATIENT_ID, text);
    }

    /** The LIKE pattern: the term with wildcards escaped, matching from the start. */
    String prefixPattern() {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String toKatakana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(cp >= 'ぁ' && cp <= 'ゖ' ? cp + 0x60 : cp));
        return out.toString();
    }
}
