package jp.renkei.referral.eligibility;

import java.time.LocalDate;
import java.util.Objects;

import jp.renkei.referral.SpecimenType;
import jp.renkei.referral.StandardTreatmentStatus;

/** What the rules look at. Everything but the assessment date may still be missing while a referral is drafted. */
public record EligibilityInput(
        LocalDate assessedOn,
        StandardTreatmentStatus standardTreatment,
        boolean receivingHospitalOffersAdvancedCare,
        boolean priorInsuredCgpTest,
        SpecimenType specimenType,
        LocalDate specimenCollectedOn,
        String fixation,
        Integer tumourCellularityPercent,
        Integer ecogPerformanceStatus) {

    public EligibilityInput {
        // the date picks which version of each rule applies, so there is no sensible default
        Objects.requireNonNull(assessedOn, "assessedOn");
    }
}
