package jp.renkei.referral;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules for what a referral needs, shared by the form (messages next to fields) and the service (which
 * refuses to save what breaks them). A draft needs a valid patient; sending needs the clinical essentials.
 */
public final class ReferralValidation {

    public static final String PATIENT_ID = "patientId";
    public static final String NAME_KANJI = "nameKanji";
    public static final String NAME_KANA = "nameKana";
    public static final String BIRTH_DATE = "birthDate";
    public static final String SEX = "sex";
    public static final String CANCER_TYPE = "cancerType";
    public static final String STANDARD_TREATMENT = "standardTreatment";
    public static final String ECOG = "ecog";
    public static final String SUMMARY = "summary";
    public static final String SERVICES = "services";
    public static final String SPECIMEN_TYPE = "specimenType";
    public static final String SPECIMEN_DATE = "specimenDate";
    public static final String CELLULARITY = "cellularity";
    public static final String TREATMENT_LINE = "treatmentLine";

    private static final Pattern PATIENT_ID_PATTERN = Pattern.compile("[A-Za-z0-9-]{1,30}");
    // Full-width katakana or hiragana (incl. ー and ・), with full- or half-width spaces between names; matched
    // after NFKC, so half-width kana passes (the service stores names in NFKC, i.e. in full width).
    private static final Pattern KANA = Pattern.compile("[\\p{InKatakana}\\p{InHiragana}\\u3000 ]+");
    private static final int OLDEST_PLAUSIBLE_AGE = 120;

    private ReferralValidation() {
    }

    /** What must hold for a draft to be stored at all. */
    public static Map<String, String> forDraft(ReferralContent content, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        PatientParticulars patient = content.patient();
        if (patient == null) {
            problems.put(PATIENT_ID, "referral.validation.patientIdRequired");
            return problems;
        }
        if (blank(patient.hospitalPatientId())) {
            problems.put(PATIENT_ID, "referral.validation.patientIdRequired");
        } else if (!PATIENT_ID_PATTERN.matcher(patient.hospitalPatientId()).matches()) {
            problems.put(PATIENT_ID, "referral.validation.patientIdPattern");
        }
        if (blank(patient.nameKanji())) {
            problems.put(NAME_KANJI, "referral.validation.nameRequired");
        }
        if (blank(patient.nameKana())) {
            problems.put(NAME_KANA, "referral.validation.kanaRequired");
        } else if (!KANA.matcher(Normalizer.normalize(patient.nameKana().strip(), Normalizer.Form.NFKC)).matches()) {
            problems.put(NAME_KANA, "referral.validation.kanaInvalid");
        }
        if (patient.birthDate() == null) {
            problems.put(BIRTH_DATE, "referral.validation.birthDateRequired");
        } else if (patient.birthDate().isAfter(today)) {
            problems.put(BIRTH_DATE, "referral.validation.birthDateFuture");
        } else if (patient.birthDate().isBefore(today.minusYears(OLDEST_PLAUSIBLE_AGE))) {
            problems.put(BIRTH_DATE, "referral.validation.birthDateImplausible");
        }
        if (patient.sex() == null) {
            problems.put(SEX, "referral.validation.sexRequired");
        }
        checkRanges(content, today, problems);
        return problems;
    }

    /** What must hold before the referral is sent to the partner hospital. */
    public static Map<String, String> forSubmission(ReferralContent content, LocalDate today) {
        Map<String, String> problems = forDraft(content, today);
        ClinicalDetails clinical = content.clinical();
        if (clinical == null || blank(clinical.cancerTypeCode())) {
            problems.putIfAbsent(CANCER_TYPE, "referral.validation.cancerTypeRequired");
        }
        if (clinical == null || clinical.standardTreatment() == null) {
            problems.putIfAbsent(STANDARD_TREATMENT, "referral.validation.standardTreatmentRequired");
        }
        if (clinical == null || clinical.ecogPerformanceStatus() == null) {
            problems.putIfAbsent(ECOG, "referral.validation.ecogRequired");
        }
        if (clinical == null || blank(clinical.summary())) {
            problems.putIfAbsent(SUMMARY, "referral.validation.summaryRequired");
        }
        if (content.services().isEmpty()) {
            problems.putIfAbsent(SERVICES, "referral.validation.servicesRequired");
        }
        if (content.services().contains(RequestedService.CGP_TEST)
                && (content.specimen() == null || content.specimen().type() == null)) {
            problems.putIfAbsent(SPECIMEN_TYPE, "referral.validation.specimenTypeRequired");
        }
        return problems;
    }

    private static void checkRanges(ReferralContent content, LocalDate today, Map<String, String> problems) {
        ClinicalDetails clinical = content.clinical();
        if (clinical != null && clinical.ecogPerformanceStatus() != null
                && (clinical.ecogPerformanceStatus() < 0 || clinical.ecogPerformanceStatus() > 4)) {
            problems.put(ECOG, "referral.validation.ecogRange");
        }
        if (clinical != null && clinical.treatmentLine() != null
                && (clinical.treatmentLine() < 0 || clinical.treatmentLine() > 20)) {
            problems.put(TREATMENT_LINE, "referral.validation.treatmentLineRange");
        }
        Specimen specimen = content.specimen();
        if (specimen != null && specimen.tumourCellularityPercent() != null
                && (specimen.tumourCellularityPercent() < 0 || specimen.tumourCellularityPercent() > 100)) {
            problems.put(CELLULARITY, "referral.validation.cellularityRange");
        }
        if (specimen != null && specimen.collectedOn() != null && specimen.collectedOn().isAfter(today)) {
            problems.put(SPECIMEN_DATE, "referral.validation.specimenDateFuture");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
