package jp.renkei.expertpanel.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.renkei.expertpanel.composition.CompositionRules;
import jp.renkei.expertpanel.composition.TumourCategory;
import jp.renkei.expertpanel.review.AgreedPairList.Pair;
import jp.renkei.expertpanel.review.SimplifiedReviewVerdict.Reason;

/** The 2024-02-28 conditions one by one, the partnership list in force on the day, and the 2025-07-07 change. */
class SimplifiedReviewRuleTest {

    private static final LocalDate IN_2024_RULES = LocalDate.of(2025, 7, 6);
    private static final LocalDate IN_2025_RULES = LocalDate.of(2025, 7, 7);

    private final SimplifiedReviewRule rule = new SimplifiedReviewRule(CompositionRules.shipped());

    private static ReviewedVariant variant(Pathogenicity pathogenicity, EvidenceLevel level, String therapy) {
        Recommendation rec = therapy == null ? null
                : new Recommendation(level, level == null ? null : LevelSystem.JSCO_JSMO_JCA_2019, therapy,
                        TherapyRoute.OFF_LABEL, null, false);
        return new ReviewedVariant("KRAS", "p.G12C", pathogenicity, false, rec);
    }

    private SimplifiedReviewVerdict judge(LocalDate day, List<AgreedPairList> lists, ReviewedVariant... variants) {
        return rule.judge(day, TumourCategory.SOLID, List.of(variants), lists);
    }

    private static List<String> keys(SimplifiedReviewVerdict verdict) {
        return verdict.reasons().stream().map(Reason::key).toList();
    }

    @Test
    void noPathogenicVariantAllowsIt() {
        var verdict = judge(IN_2024_RULES, List.of(), variant(Pathogenicity.VUS, EvidenceLevel.B, "ソトラシブ"),
                variant(Pathogenicity.BENIGN, null, null));
        assertThat(verdict.allowed()).isTrue();
        assertThat(keys(verdict)).containsExactly("panel.variants.simplified.noPathogenic");
    }

    @Test
    void pathogenicWithoutRecommendedTreatmentAllowsIt() {
        var verdict = judge(IN_2024_RULES, List.of(), variant(Pathogenicity.LIKELY_PATHOGENIC, null, null));
        assertThat(verdict.allowed()).isTrue();
        assertThat(verdict.reasons()).containsExactly(
                new Reason("panel.variants.simplified.noTreatment", List.of("KRAS p.G12C")));
    }

    @Test
    void levelAAndLevelRAllowIt() {
        assertThat(keys(judge(IN_2024_RULES, List.of(), variant(Pathogenicity.PATHOGENIC, EvidenceLevel.A, "ソトラシブ"))))
                .containsExactly("panel.variants.simplified.levelA");
        assertThat(keys(judge(IN_2024_RULES, List.of(), variant(Pathogenicity.PATHOGENIC, EvidenceLevel.R, "セツキシマブ"))))
                .containsExactly("panel.variants.simplified.levelR");
    }

    @Test
    void levelBOrCNeedsThePairOnTheAgreedListInForceThatDay() {
        AgreedPairList v1 = new AgreedPairList(1, LocalDate.of(2024, 4, 1), Set.of());
        AgreedPairList v2 = new AgreedPairList(2, LocalDate.of(2025, 1, 1),
                Set.of(new Pair("kras", "p.g12c ", "ソトラシブ")));
        ReviewedVariant levelB = variant(Pathogenicity.PATHOGENIC, EvidenceLevel.B, "ソトラシブ");

        var beforeV2 = judge(LocalDate.of(2024, 12, 31), List.of(v1, v2), levelB);
        assertThat(beforeV2.allowed()).as("version 1 in force, without the pair").isFalse();
        assertThat(beforeV2.reasons()).containsExactly(
                new Reason("panel.variants.simplified.notAgreed", List.of("KRAS p.G12C", "ソトラシブ")));

        var fromV2 = judge(LocalDate.of(2025, 1, 1), List.of(v1, v2), levelB);
        assertThat(fromV2.allowed()).isTrue();
        assertThat(fromV2.reasons()).containsExactly(
                new Reason("panel.variants.simplified.agreed", List.of("KRAS p.G12C", "ソトラシブ", "2")));

        assertThat(judge(LocalDate.of(2025, 1, 1), List.of(v1, v2),
                variant(Pathogenicity.PATHOGENIC, EvidenceLevel.C, "別の薬")).allowed())
                .as("another drug for the same variant is not on the list").isFalse();
        assertThat(judge(LocalDate.of(2025, 1, 1), List.of(), levelB).allowed()).as("no list at all").isFalse();
    }

    @Test
    void levelsDAndEDoNotQualify() {
        var verdict = judge(IN_2024_RULES, List.of(), variant(Pathogenicity.PATHOGENIC, EvidenceLevel.D, "薬"));
        assertThat(verdict.allowed()).isFalse();
        assertThat(keys(verdict)).containsExactly("panel.variants.simplified.levelNotAllowed");
    }

    @Test
    void aSuspectedOrFoundSecondaryFindingBlocksIt() {
        var suspected = new ReviewedVariant("BRCA2", "p.S1982fs", Pathogenicity.PATHOGENIC, true, null);
        var verdict = judge(IN_2024_RULES, List.of(), suspected);
        assertThat(verdict.allowed()).isFalse();
        assertThat(keys(verdict)).contains("panel.variants.simplified.secondaryFinding");

        var found = new ReviewedVariant("TP53", "p.R175H", Pathogenicity.PATHOGENIC, false,
                new Recommendation(null, null, "", TherapyRoute.NONE, null, true));
        assertThat(judge(IN_2024_RULES, List.of(), found).allowed()).isFalse();
    }

    @Test
    void oneBlockingVariantOutweighsTheAllowingOnes() {
        var verdict = judge(IN_2024_RULES, List.of(), variant(Pathogenicity.PATHOGENIC, EvidenceLevel.A, "ソトラシブ"),
                variant(Pathogenicity.PATHOGENIC, EvidenceLevel.B, "ソトラシブ"));
        assertThat(verdict.allowed()).isFalse();
        assertThat(keys(verdict)).containsExactly("panel.variants.simplified.notAgreed",
                "panel.variants.simplified.levelA");
    }

    @Test
    void fromTheSeventhOfJuly2025EveryCaseMayGoToSimplifiedReview() {
        var suspected = new ReviewedVariant("BRCA2", "p.S1982fs", Pathogenicity.PATHOGENIC, true,
                new Recommendation(EvidenceLevel.D, LevelSystem.JSCO_JSMO_JCA_2019, "薬", TherapyRoute.OFF_LABEL, null,
                        true));
        assertThat(judge(IN_2024_RULES, List.of(), suspected).allowed()).isFalse();
        var verdict = judge(IN_2025_RULES, List.of(), suspected);
        assertThat(verdict.allowed()).isTrue();
        assertThat(verdict.reasons()).containsExactly(
                new Reason("panel.variants.simplified.everyCase", List.of("ep.composition.solid.2025")));
    }

    @Test
    void beforeTheConditionsNoCaseQualified() {
        assertThat(judge(LocalDate.of(2024, 2, 27), List.of()).allowed()).isFalse();
        assertThat(judge(LocalDate.of(2024, 2, 28), List.of()).allowed()).isTrue();
    }
}
