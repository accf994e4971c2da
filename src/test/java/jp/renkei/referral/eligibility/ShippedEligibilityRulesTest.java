package jp.renkei.referral.eligibility;

import static jp.renkei.referral.eligibility.FindingLevel.INFO;
import static jp.renkei.referral.eligibility.FindingLevel.OK;
import static jp.renkei.referral.eligibility.FindingLevel.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import jp.renkei.referral.SpecimenType;
import jp.renkei.referral.StandardTreatmentStatus;

/** The rules as shipped in referral/eligibility-rules.json, one rule and effective date at a time. */
class ShippedEligibilityRulesTest {

    private static final String TIMING = "cgp.insurance-timing";
    private static final String ADVANCED_CARE = "cgp.advanced-care-a";
    private static final String ONCE = "cgp.once-per-lifetime";
    private static final String AGE = "specimen.age";
    private static final String FIXATION = "specimen.fixation";
    private static final String CELLULARITY = "specimen.tumour-cellularity";
    private static final String PERFORMANCE_STATUS = "patient.performance-status";

    private final EligibilityPolicy policy = new EligibilityPolicy();

    // 2019 insurance timing rule — 3学会ブリーフィングレポート(令和7年6月11日) はじめに・課題2・課題12

    @Test
    void timingRuleWarnsForOngoingTreatmentOn2025_05_01() {
        EligibilityResult result = evaluate(ReferralDraft.meetingEveryRuleOn("2025-05-01")
                .standardTreatment(StandardTreatmentStatus.ONGOING));

        assertThat(result.warnings()).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo(TIMING);
            assertThat(finding.ruleVersion()).isEqualTo("2019");
            assertThat(finding.messageKey()).isEqualTo("eligibility.timing.warning");
            assertThat(finding.source()).contains("ブリーフィングレポート", "課題2");
        });
    }

    @Test
    void timingRuleWarnsBeforeStandardTreatmentStarts() {
        assertThat(only(TIMING, ReferralDraft.meetingEveryRuleOn("2025-05-01")
                .standardTreatment(StandardTreatmentStatus.NOT_STARTED)).level()).isEqualTo(WARNING);
    }

    @ParameterizedTest
    @EnumSource(value = StandardTreatmentStatus.class, names = { "ENDED", "EXPECTED_TO_END", "NO_STANDARD_TREATMENT" })
    void timingRuleIsMetWhenStandardTreatmentEndedIsExpectedToEndOrDoesNotExist(StandardTreatmentStatus status) {
        EligibilityResult result = evaluate(ReferralDraft.meetingEveryRuleOn("2025-05-01").standardTreatment(status));

        assertThat(result.hasWarnings()).isFalse();
        assertThat(only(TIMING, result)).extracting(EligibilityFinding::level, EligibilityFinding::messageKey)
                .containsExactly(OK, "eligibility.timing.ok");
    }

    @Test
    void timingRuleTakesEffectWithInsuranceCoverageOn2019_06_01() {
        ReferralDraft dayBefore = ReferralDraft.meetingEveryRuleOn("2019-05-31")
                .standardTreatment(StandardTreatmentStatus.ONGOING);
        ReferralDraft onTheDay = ReferralDraft.meetingEveryRuleOn("2019-06-01")
                .standardTreatment(StandardTreatmentStatus.ONGOING);

        assertThat(of(TIMING, evaluate(dayBefore))).isEmpty();
        assertThat(only(TIMING, onTheDay).level()).isEqualTo(WARNING);
    }

    // 先進医療A — ゲノム医療推進研究会「ゲノム医療の保険診療化、日常医療化を急げ」(2026年5月18日)
    // (はじめに)「本年1月より『先進医療 A』による標準治療終了前の早期実施」, 2.(1) 自己負担 約56万円

    @Test
    void advancedCareRouteIsOfferedOn2026_05_01WhenTheReceivingHospitalIsAFacility() {
        EligibilityFinding finding = only(ADVANCED_CARE, ReferralDraft.meetingEveryRuleOn("2026-05-01")
                .standardTreatment(StandardTreatmentStatus.ONGOING).receivingHospitalOffersAdvancedCare());

        assertThat(finding.level()).isEqualTo(INFO);
        assertThat(finding.messageKey()).isEqualTo("eligibility.advancedCare.available");
        assertThat(finding.messageArguments()).containsExactly("560,000");
        assertThat(finding.source()).contains("先進医療 A", "2026年5月18日");
    }

    @Test
    void advancedCareRouteIsNotedAsNotOfferedOn2026_05_01WhenTheReceivingHospitalIsNoFacility() {
        EligibilityFinding finding = only(ADVANCED_CARE, ReferralDraft.meetingEveryRuleOn("2026-05-01")
                .standardTreatment(StandardTreatmentStatus.NOT_STARTED));

        assertThat(finding.level()).isEqualTo(INFO);
        assertThat(finding.messageKey()).isEqualTo("eligibility.advancedCare.notOffered");
    }

    @Test
    void advancedCareRouteIsAbsentOn2025_05_01() {
        EligibilityResult result = evaluate(ReferralDraft.meetingEveryRuleOn("2025-05-01")
                .standardTreatment(StandardTreatmentStatus.ONGOING).receivingHospitalOffersAdvancedCare());

        assertThat(of(ADVANCED_CARE, result)).isEmpty();
        assertThat(of(TIMING, result)).extracting(EligibilityFinding::level).containsExactly(WARNING);
    }

    @Test
    void advancedCareRouteStartsInJanuary2026AsTheSeedStates() {
        ReferralDraft lastDayOf2025 = ReferralDraft.meetingEveryRuleOn("2025-12-31")
                .standardTreatment(StandardTreatmentStatus.ONGOING).receivingHospitalOffersAdvancedCare();
        ReferralDraft firstDayOf2026 = ReferralDraft.meetingEveryRuleOn("2026-01-01")
                .standardTreatment(StandardTreatmentStatus.ONGOING).receivingHospitalOffersAdvancedCare();

        assertThat(of(ADVANCED_CARE, evaluate(lastDayOf2025))).isEmpty();
        assertThat(of(ADVANCED_CARE, evaluate(firstDayOf2026))).hasSize(1);
    }

    @Test
    void advancedCareRouteIsSilentWhenInsuranceAlreadyCoversTheTest() {
        EligibilityResult result = evaluate(ReferralDraft.meetingEveryRuleOn("2026-05-01")
                .standardTreatment(StandardTreatmentStatus.ENDED).receivingHospitalOffersAdvancedCare());

        assertThat(of(ADVANCED_CARE, result)).isEmpty();
    }

    // 一生に一回 — ゲノム医療推進研究会(2026年5月18日) (はじめに)「一生に一回だけルール」

    @Test
    void aPriorInsuredTestWarnsThatInsuranceCoversOneTestPerLifetime() {
        EligibilityFinding finding = only(ONCE, ReferralDraft.meetingEveryRuleOn("2025-05-01").priorInsuredCgpTest());

        assertThat(finding.level()).isEqualTo(WARNING);
        assertThat(finding.messageKey()).isEqualTo("eligibility.oncePerLifetime.warning");
        assertThat(finding.source()).contains("一生に一回");
    }

    @Test
    void noPriorInsuredTestMeetsTheOncePerLifetimeRule() {
        assertThat(only(ONCE, ReferralDraft.meetingEveryRuleOn("2025-05-01")).level()).isEqualTo(OK);
    }

    // Specimen and patient criteria — 紹介受入基準 (numbers not in the seeds; see the sources in the rules file)

    @Test
    void aSpecimenFourYearsOldWarns() {
        EligibilityFinding finding = only(AGE, ReferralDraft.meetingEveryRuleOn("2025-05-01")
                .specimenCollectedOn("2021-05-01"));

        assertThat(finding.level()).isEqualTo(WARNING);
        assertThat(finding.messageArguments()).containsExactly("2021-05-01", "3");
    }

    @ParameterizedTest
    @ValueSource(strings = { "2023-05-01", "2022-05-01" })
    void aSpecimenTwoOrExactlyThreeYearsOldIsFine(String collectedOn) {
        assertThat(only(AGE, ReferralDraft.meetingEveryRuleOn("2025-05-01").specimenCollectedOn(collectedOn)).level())
                .isEqualTo(OK);
    }

    @Test
    void aSpecimenOneDayOverThreeYearsWarns() {
        assertThat(only(AGE, ReferralDraft.meetingEveryRuleOn("2025-05-02").specimenCollectedOn("2022-05-01")).level())
                .isEqualTo(WARNING);
    }

    @Test
    void anotherFixativeWarns() {
        EligibilityFinding finding = only(FIXATION, ReferralDraft.meetingEveryRuleOn("2025-05-01")
                .fixation("20%ホルマリン"));

        assertThat(finding.level()).isEqualTo(WARNING);
        assertThat(finding.messageArguments()).containsExactly("20%ホルマリン", "10%中性緩衝ホルマリン (10% NBF)");
    }

    @ParameterizedTest
    @ValueSource(strings = { "10%中性緩衝ホルマリン", "１０％中性緩衝ホルマリン", "10% Neutral Buffered Formalin", "10%NBF" })
    void neutralBufferedFormalinIsRecognisedHoweverItIsTyped(String fixative) {
        assertThat(only(FIXATION, ReferralDraft.meetingEveryRuleOn("2025-05-01").fixation(fixative)).level())
                .isEqualTo(OK);
    }

    @Test
    void tumourCellularityOf15PercentWarns() {
        EligibilityFinding finding = only(CELLULARITY, ReferralDraft.meetingEveryRuleOn("2025-05-01")
                .tumourCellularityPercent(15));

        assertThat(finding.level()).isEqualTo(WARNING);
        assertThat(finding.messageArguments()).containsExactly("15", "20");
    }

    @Test
    void tumourCellularityOf20PercentIsFine() {
        assertThat(only(CELLULARITY, ReferralDraft.meetingEveryRuleOn("2025-05-01")
                .tumourCellularityPercent(20)).level()).isEqualTo(OK);
    }

    @Test
    void performanceStatus2Warns() {
        EligibilityFinding finding = only(PERFORMANCE_STATUS, ReferralDraft.meetingEveryRuleOn("2025-05-01")
                .ecogPerformanceStatus(2));

        assertThat(finding.level()).isEqualTo(WARNING);
        assertThat(finding.messageArguments()).containsExactly("2", "1");
        assertThat(finding.source()).contains("課題2");
    }

    @Test
    void performanceStatus1IsFine() {
        assertThat(only(PERFORMANCE_STATUS, ReferralDraft.meetingEveryRuleOn("2025-05-01")
                .ecogPerformanceStatus(1)).level()).isEqualTo(OK);
    }

    @Test
    void aBloodSpecimenSkipsTheFfpeChecks() {
        EligibilityResult result = evaluate(ReferralDraft.meetingEveryRuleOn("2025-05-01")
                .specimenType(SpecimenType.BLOOD).specimenCollectedOn("2015-01-01").fixation("unknown")
                .tumourCellularityPercent(1));

        assertThat(result.findings()).extracting(EligibilityFinding::ruleId)
                .doesNotContain(AGE, FIXATION, CELLULARITY)
                .contains(PERFORMANCE_STATUS);
        assertThat(result.hasWarnings()).isFalse();
    }

    // Whole referrals

    @Test
    void missingValuesGiveNotEnteredNotesInsteadOfFailing() {
        EligibilityResult result = policy.evaluate(ReferralDraft.nothingEnteredOn("2026-05-01"));

        assertThat(result.hasWarnings()).isFalse();
        assertThat(result.findings()).filteredOn(finding -> finding.level() == INFO)
                .extracting(EligibilityFinding::messageKey)
                .containsExactly("eligibility.timing.notEntered", "eligibility.specimenAge.notEntered",
                        "eligibility.fixation.notEntered", "eligibility.tumourCellularity.notEntered",
                        "eligibility.performanceStatus.notEntered");
    }

    @Test
    void aReferralMeetingEveryRuleGetsAnOkFromEachRuleInEffect() {
        EligibilityResult result = evaluate(ReferralDraft.meetingEveryRuleOn("2026-05-01"));

        assertThat(result.assessedOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(result.hasWarnings()).isFalse();
        assertThat(result.findings()).allSatisfy(finding -> {
            assertThat(finding.level()).isEqualTo(OK);
            assertThat(finding.source()).isNotBlank();
        });
        assertThat(result.findings()).extracting(EligibilityFinding::ruleId)
                .containsExactly(TIMING, ONCE, AGE, FIXATION, CELLULARITY, PERFORMANCE_STATUS);
    }

    @Test
    void everyMessageKeyAFindingCarriesIsListedForTheBundles() {
        List<EligibilityInput> inputs = List.of(
                ReferralDraft.nothingEnteredOn("2026-05-01"),
                ReferralDraft.meetingEveryRuleOn("2026-05-01").input(),
                ReferralDraft.meetingEveryRuleOn("2026-05-01").standardTreatment(StandardTreatmentStatus.ONGOING)
                        .priorInsuredCgpTest().specimenCollectedOn("2020-01-01").fixation("x")
                        .tumourCellularityPercent(5).ecogPerformanceStatus(3).input(),
                ReferralDraft.meetingEveryRuleOn("2026-05-01").standardTreatment(StandardTreatmentStatus.ONGOING)
                        .receivingHospitalOffersAdvancedCare().input());

        List<String> keysSeen = inputs.stream().flatMap(input -> policy.evaluate(input).findings().stream())
                .map(EligibilityFinding::messageKey).distinct().toList();

        assertThat(EligibilityPolicy.messageKeys()).containsExactlyInAnyOrderElementsOf(keysSeen);
    }

    @Test
    void anAssessmentNeedsItsDate() {
        assertThatNullPointerException()
                .isThrownBy(() -> new EligibilityInput(null, null, false, false, null, null, null, null, null))
                .withMessageContaining("assessedOn");
    }

    private EligibilityResult evaluate(ReferralDraft referral) {
        return policy.evaluate(referral.input());
    }

    private EligibilityFinding only(String ruleId, ReferralDraft referral) {
        return only(ruleId, evaluate(referral));
    }

    private static EligibilityFinding only(String ruleId, EligibilityResult result) {
        List<EligibilityFinding> findings = of(ruleId, result);
        assertThat(findings).as("findings of %s in %s", ruleId, result).hasSize(1);
        return findings.getFirst();
    }

    private static List<EligibilityFinding> of(String ruleId, EligibilityResult result) {
        return result.findings().stream().filter(finding -> finding.ruleId().equals(ruleId)).toList();
    }
}
