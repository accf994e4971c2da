package jp.renkei.tenancy;

import java.util.Locale;

import jp.renkei.shared.HospitalId;

/** A hospital as other modules and screens see it. Not patient data: every signed-in user may read it. */
public record HospitalSummary(HospitalId id, String code, String nameJa, String nameEn, HospitalTier tier,
        boolean panelCapable, String prefectureCode, String addressJa) {

    public String name(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameJa;
    }
}
