package jp.renkei.referral;

import java.time.LocalDate;

/**
 * The clinical facts a referral already gives, as C-CAT tracking needs them to avoid asking twice: codes, numbers
 * and dates, no name or patient ID (whether the birth date and sex were given, not what they are). Any part may be
 * {@code null} when the referrer did not give it.
 */
public record ReferralClinicalFacts(boolean birthDateGiven, boolean sexGiven, String cancerTypeCode, String stage,
        Integer ecogPerformanceStatus, Integer treatmentLine, StandardTreatmentStatus standardTreatment,
        SpecimenType specimenType, LocalDate specimenCollectedOn, Integer tumourCellularityPercent) {
}
