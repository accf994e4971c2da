package jp.renkei.ccat.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Completeness by item-set version: what is known from the workflow is filled, the rest is named as missing. */
class CompletenessEvaluatorTest {

    private static final Set<KnownFact> FROM_REFERRAL_AND_TEST = EnumSet.of(KnownFact.PATIENT_SEX,
            KnownFact.PATIENT_BIRTH_DATE, KnownFact.CANCER_TYPE, KnownFact.STAGE, KnownFact.ECOG_PERFORMANCE_STATUS,
            KnownFact.TREATMENT_LINE, KnownFact.STANDARD_TREATMENT_STATUS, KnownFact.SPECIMEN_TYPE,
            KnownFact.SPECIMEN_COLLECTED_ON, KnownFact.TUMOUR_CELLULARITY, KnownFact.PANEL_TEST);

    private final CompletenessEvaluator evaluator = new CompletenessEvaluator();
    private final CompletenessItemSet v1 = CompletenessItemSets.bundled().version("v1").orElseThrow();

    @Test
    void beforeThePanelTheReferralFillsItsItemsAndTheRestIsNamedAsMissing() {
        Completeness completeness = evaluator.evaluate(v1,
                new CompletenessFacts(CompletenessStage.BEFORE_PANEL, FROM_REFERRAL_AND_TEST, Set.of()));

        assertThat(completeness.itemSetVersion()).isEqualTo("v1");
        assertThat(completeness.total()).isEqualTo(20);
        assertThat(completeness.filled()).isEqualTo(11);
        assertThat(completeness.missing()).extracting(item -> item.label(Locale.JAPANESE)).containsExactly(
                "診断日", "家族歴", "喫煙歴", "飲酒歴", "重複がん・多発がん",
                "がん種別の検査結果（例：肺 EGFR/ALK/ROS1/BRAF/MET/KRAS G12C/RET/PD-L1、乳 HER2/ER/PgR）",
                "MSI／MMR", "検体採取部位", "レジメン（薬剤・投与期間・最良総合効果・有害事象）");
        assertThat(completeness.required()).filteredOn(check -> check.item().id().equals("cancerType"))
                .extracting(ItemCheck::state).containsExactly(ItemState.KNOWN_FROM_WORKFLOW);
    }

    @Test
    void itemsRecordedAsEnteredInCcatCountAsFilled() {
        Completeness completeness = evaluator.evaluate(v1, new CompletenessFacts(CompletenessStage.BEFORE_PANEL,
                FROM_REFERRAL_AND_TEST, Set.of("diagnosisDate", "familyHistory", "smoking", "alcohol",
                        "multiplePrimaries", "cancerTypeBiomarkers", "msiMmr", "specimenSite", "regimensBeforePanel")));

        assertThat(completeness.complete()).isTrue();
        assertThat(completeness.filled()).isEqualTo(20);
        assertThat(completeness.required()).filteredOn(check -> check.item().id().equals("smoking"))
                .extracting(ItemCheck::state).containsExactly(ItemState.ENTERED);
    }

    @Test
    void afterThePanelItsDateRecommendationsAndExplanationComeFromThePanelCaseButWhatWasGivenMustBeEntered() {
        Set<KnownFact> known = EnumSet.copyOf(FROM_REFERRAL_AND_TEST);
        known.addAll(List.of(KnownFact.PANEL_HELD_ON, KnownFact.PANEL_RECOMMENDATIONS, KnownFact.RESULT_EXPLAINED_ON));

        Completeness afterPanel = evaluator.evaluate(v1,
                new CompletenessFacts(CompletenessStage.AFTER_PANEL, known, Set.of()));
        Completeness outcome = evaluator.evaluate(v1,
                new CompletenessFacts(CompletenessStage.OUTCOME, known, Set.of()));

        assertThat(afterPanel.total()).isEqualTo(25);
        assertThat(afterPanel.missing()).extracting(CompletenessItem::id)
                .contains("recommendedTreatmentGiven", "regimensAfterPanel")
                .doesNotContain("panelDate", "optionPresented", "resultExplainedDate", "lastKnownAlive");
        assertThat(outcome.total()).isEqualTo(27);
        assertThat(outcome.missing()).extracting(CompletenessItem::id).endsWith("lastKnownAlive", "death");
    }

    @Test
    void aTestIsJudgedByTheItemSetInEffectOnItsOrderDay() {
        CompletenessItem smoking = v1.items().stream().filter(item -> item.id().equals("smoking")).findFirst()
                .orElseThrow();
        CompletenessItem packYears = new CompletenessItem("packYears", "背景情報", "Background", "喫煙指数（パック・年）",
                "Pack-years", CompletenessStage.BEFORE_PANEL, null);
        CompletenessItemSet v2 = new CompletenessItemSet("v2", LocalDate.of(2027, 4, 1), "C-CAT 項目一覧表 第2版（試験用）",
                null, List.of(smoking, packYears));
        CompletenessItemSets sets = new CompletenessItemSets(List.of(v2, v1));
        CompletenessFacts facts = new CompletenessFacts(CompletenessStage.BEFORE_PANEL, Set.of(), Set.of("smoking"));

        Completeness before = evaluator.evaluate(sets.inEffectOn(LocalDate.of(2027, 3, 31)), facts);
        Completeness after = evaluator.evaluate(sets.inEffectOn(LocalDate.of(2027, 4, 1)), facts);

        assertThat(before.itemSetVersion()).isEqualTo("v1");
        assertThat(before.itemSetConfirmed()).isFalse();
        assertThat(after.itemSetVersion()).isEqualTo("v2");
        assertThat(after.itemSetConfirmed()).isTrue();
        assertThat(after.filled()).isEqualTo(1);
        assertThat(after.missing()).extracting(CompletenessItem::id).containsExactly("packYears");
        assertThat(sets.inEffectOn(LocalDate.of(2010, 1, 1)).version()).isEqualTo("v1");
    }

    @Test
    void theShippedSetCitesItsSourceAndSaysWhatIsUnconfirmed() {
        assertThat(v1.source()).contains("臨床情報収集項目一覧表");
        assertThat(v1.unconfirmed()).contains("確認できていません");
        assertThat(v1.items()).allSatisfy(item -> assertThat(item.label(Locale.ENGLISH)).isNotBlank());
    }

    @Test
    void anItemListedTwiceIsRefused() {
        CompletenessItem item = v1.items().getFirst();

        assertThatIllegalArgumentException().isThrownBy(() -> new CompletenessItemSet("x", LocalDate.of(2026, 1, 1),
                "出典", null, List.of(item, item))).withMessageContaining("lists item age twice");
    }
}
