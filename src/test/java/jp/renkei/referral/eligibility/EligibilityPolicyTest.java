package jp.renkei.referral.eligibility;

import static jp.renkei.referral.eligibility.FindingLevel.OK;
import static jp.renkei.referral.eligibility.FindingLevel.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.renkei.referral.StandardTreatmentStatus;

/** How the policy picks rule versions by date and refuses rule data it could not apply unambiguously. */
class EligibilityPolicyTest {

    private static final String TIMING = "cgp.insurance-timing";
    private static final String ADVANCED_CARE = "cgp.advanced-care-a";

    @Test
    void theShippedRulesFileLoadsWithASourceForEveryRule() {
        List<RuleDefinition> shipped = RuleDefinitionsResource.load(EligibilityPolicy.RULES_RESOURCE);

        assertThat(shipped).extracting(RuleDefinition::id).containsExactly(TIMING, ADVANCED_CARE,
                "cgp.once-per-lifetime", "specimen.age", "specimen.fixation", "specimen.tumour-cellularity",
                "patient.performance-status");
        assertThat(shipped).allSatisfy(rule -> assertThat(rule.source()).isNotBlank());
        assertThat(new EligibilityPolicy(shipped)).isNotNull();
    }

    @Test
    void aRuleOutsideItsPeriodIsIgnored() {
        RuleDefinition pilot = new RuleDefinition("pilot.performance-status", "2019", "PERFORMANCE_STATUS",
                LocalDate.of(2019, 6, 1), LocalDate.of(2020, 1, 1), Map.of("maxEcog", 0), "試行基準(2019年度)");
        EligibilityPolicy policy = new EligibilityPolicy(List.of(pilot));

        assertThat(policy.evaluate(referralWithPs1On("2019-12-31")).findings()).hasSize(1);
        // effectiveTo is exclusive
        assertThat(policy.evaluate(referralWithPs1On("2020-01-01")).findings()).isEmpty();
        assertThat(policy.evaluate(referralWithPs1On("2025-05-01")).findings()).isEmpty();
        assertThat(policy.evaluate(referralWithPs1On("2019-05-31")).findings()).isEmpty();
    }

    /**
     * ゲノム医療推進研究会「ゲノム医療の保険診療化、日常医療化を急げ」(2026年5月18日) 2.(1) asks to drop the timing
     * restriction ("主治医が判断する適切なタイミングに実施"). If that happened on 2027-04-01, the change is one more
     * version in the data; assessments before that day keep the 2019 version.
     */
    @Test
    void nextYearsRuleIsOneMoreDataEntry() {
        List<RuleDefinition> definitions =
                new ArrayList<>(RuleDefinitionsResource.load(EligibilityPolicy.RULES_RESOURCE));
        definitions.add(new RuleDefinition(TIMING, "2027", "INSURANCE_TIMING", LocalDate.of(2027, 4, 1), null,
                Map.of("coveredStatuses", List.of("NOT_STARTED", "ONGOING", "EXPECTED_TO_END", "ENDED",
                        "NO_STANDARD_TREATMENT")),
                "(仮想) 標準治療終了要件の撤廃:主治医が判断する適切なタイミングに実施"));
        EligibilityPolicy policy = new EligibilityPolicy(definitions);

        EligibilityResult before = policy.evaluate(ongoingTreatmentOn("2027-03-31"));
        EligibilityResult after = policy.evaluate(ongoingTreatmentOn("2027-05-01"));

        assertThat(before.warnings()).extracting(EligibilityFinding::ruleId, EligibilityFinding::ruleVersion)
                .containsExactly(tuple(TIMING, "2019"));
        assertThat(before.findings()).extracting(EligibilityFinding::ruleId).contains(ADVANCED_CARE);

        assertThat(after.hasWarnings()).isFalse();
        assertThat(after.findings()).filteredOn(finding -> finding.ruleId().equals(TIMING))
                .extracting(EligibilityFinding::ruleVersion, EligibilityFinding::level)
                .containsExactly(tuple("2027", OK));
        assertThat(after.findings()).extracting(EligibilityFinding::ruleId).doesNotContain(ADVANCED_CARE);
    }

    @Test
    void aFindingRecordsTheVersionThatProducedIt() {
        EligibilityPolicy policy = new EligibilityPolicy(List.of(
                timing("2019", "2019-06-01", List.of("ENDED")),
                timing("2024", "2024-06-01", List.of("ENDED", "EXPECTED_TO_END"))));

        EligibilityInput expectedToEnd2023 = ReferralDraft.meetingEveryRuleOn("2023-05-01").input();
        EligibilityInput expectedToEnd2025 = ReferralDraft.meetingEveryRuleOn("2025-05-01").input();

        assertThat(policy.evaluate(expectedToEnd2023).findings()).singleElement()
                .extracting(EligibilityFinding::ruleVersion, EligibilityFinding::level)
                .containsExactly("2019", WARNING);
        assertThat(policy.evaluate(expectedToEnd2025).findings()).singleElement()
                .extracting(EligibilityFinding::ruleVersion, EligibilityFinding::level).containsExactly("2024", OK);
    }

    @Test
    void twoVersionsTakingEffectTheSameDayAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EligibilityPolicy(List.of(
                        timing("2019", "2019-06-01", List.of("ENDED")),
                        timing("2019b", "2019-06-01", List.of("EXPECTED_TO_END")))))
                .withMessageContaining(TIMING).withMessageContaining("2019-06-01");
    }

    @Test
    void anUnknownKindIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EligibilityPolicy(List.of(new RuleDefinition(
                        "x", "1", "NO_SUCH_KIND", LocalDate.of(2026, 1, 1), null, Map.of(), "出典"))))
                .withMessageContaining("NO_SUCH_KIND");
    }

    @Test
    void aMissingOrMistypedParameterIsRefusedWhenTheRulesAreLoaded() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EligibilityPolicy(List.of(new RuleDefinition(
                        "specimen.age", "1", "SPECIMEN_AGE", LocalDate.of(2026, 1, 1), null,
                        Map.of("specimenTypes", List.of("FFPE_TISSUE")), "出典"))))
                .withMessageContaining("maxYears");
        assertThatIllegalArgumentException().isThrownBy(() -> new EligibilityPolicy(List.of(
                        timing("1", "2026-01-01", List.of("FINISHED")))))
                .withMessageContaining("coveredStatuses");
    }

    @Test
    void aRuleReactingToAnUndefinedRuleIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EligibilityPolicy(List.of(new RuleDefinition(
                        ADVANCED_CARE, "2026", "ADVANCED_CARE_ROUTE", LocalDate.of(2026, 1, 1), null,
                        Map.of("whenWarnedBy", "cgp.insurance-timming", "selfPayYen", 560000), "出典"))))
                .withMessageContaining("cgp.insurance-timming");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RuleDefinition("x", "1", "PERFORMANCE_STATUS",
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), Map.of("maxEcog", 1), "出典"))
                .withMessageContaining("effectiveTo");
    }

    private static RuleDefinition timing(String version, String from, List<String> covered) {
        return new RuleDefinition(TIMING, version, "INSURANCE_TIMING", LocalDate.parse(from), null,
                Map.of("coveredStatuses", covered), "出典");
    }

    private static EligibilityInput referralWithPs1On(String day) {
        return ReferralDraft.meetingEveryRuleOn(day).ecogPerformanceStatus(1).input();
    }

    private static EligibilityInput ongoingTreatmentOn(String day) {
        return ReferralDraft.meetingEveryRuleOn(day).standardTreatment(StandardTreatmentStatus.ONGOING).input();
    }
}
