package jp.renkei.referral.eligibility;

import java.time.LocalDate;

import jp.renkei.referral.SpecimenType;
import jp.renkei.referral.StandardTreatmentStatus;

/** Test inputs: a referral that meets every rule, changed one field at a time. */
final class ReferralDraft {

    private LocalDate assessedOn;
    private StandardTreatmentStatus standardTreatment = StandardTreatmentStatus.EXPECTED_TO_END;
    private boolean receivingHospitalOffersAdvancedCare;
    private boolean priorInsuredCgpTest;
    private SpecimenType specimenType = SpecimenType.FFPE_TISSUE;
    private LocalDate specimenCollectedOn;
    private String fixation = "10%中性緩衝ホルマリン";
    private Integer tumourCellularityPercent = 40;
    private Integer ecogPerformanceStatus = 0;

    private ReferralDraft(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
        this.specimenCollectedOn = assessedOn.minusMonths(2);
    }

    static ReferralDraft meetingEveryRuleOn(String assessedOn) {
        return new ReferralDraft(LocalDate.parse(assessedOn));
    }

    static EligibilityInput nothingEnteredOn(String assessedOn) {
        return new EligibilityInput(LocalDate.parse(assessedOn), null, false, false, null, null, null, null, null);
    }

    ReferralDraft standardTreatment(StandardTreatmentStatus status) {
        this.standardTreatment = status;
        return this;
    }

    ReferralDraft receivingHospitalOffersAdvancedCare() {
        this.receivingHospitalOffersAdvancedCare = true;
        return this;
    }

    ReferralDraft priorInsuredCgpTest() {
        this.priorInsuredCgpTest = true;
        return this;
    }

    ReferralDraft specimenType(SpecimenType type) {
        this.specimenType = type;
        return this;
    }

    ReferralDraft specimenCollectedOn(String day) {
        this.specimenCollectedOn = LocalDate.parse(day);
        return this;
    }

    ReferralDraft fixation(String fixative) {
        this.fixation = fixative;
        return this;
    }

    ReferralDraft tumourCellularityPercent(int percent) {
        this.tumourCellularityPercent = percent;
        return this;
    }

    ReferralDraft ecogPerformanceStatus(int ecog) {
        this.ecogPerformanceStatus = ecog;
        return this;
    }

    EligibilityInput input() {
        return new EligibilityInput(assessedOn, standardTreatment, receivingHospitalOffersAdvancedCare,
                priorInsuredCgpTest, specimenType, specimenCollectedOn, fixation, tumourCellularityPercent,
                ecogPerformanceStatus);
    }
}
