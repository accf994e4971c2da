package jp.renkei.ccat.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The shipped fee-schedule data, and how the version in effect is chosen by date. */
class BillingRulesTest {

    private final BillingRules rules = BillingRules.bundled();

    @Test
    void everyShippedVersionCitesItsSourceAndOnlyThe2026RevisionIsMarkedUnconfirmed() {
        List<BillingRule> shipped = BillingRules.load(BillingRules.RESOURCE);

        assertThat(shipped).allSatisfy(rule -> assertThat(rule.source()).contains(rule.item().code()));
        assertThat(shipped).filteredOn(rule -> rule.version().equals("2026"))
                .extracting(BillingRule::item).containsExactlyInAnyOrder(BillingItem.values());
        assertThat(shipped).allSatisfy(rule -> assertThat(rule.isConfirmed())
                .as("%s %s confirmed", rule.item(), rule.version()).isEqualTo(!rule.version().equals("2026")));
        assertThat(rules.inEffectOn(BillingItem.B011_5, LocalDate.of(2026, 12, 1)).orElseThrow().unconfirmed())
                .contains("パネル");
    }

    @Test
    void thePointsOfEachItemAreThoseOfTheFeeSchedule() {
        LocalDate day = LocalDate.of(2025, 4, 1);

        assertThat(rules.inEffectOn(BillingItem.D006_19, day).orElseThrow().points()).isEqualTo(44_000);
        assertThat(rules.inEffectOn(BillingItem.B011_5, day).orElseThrow().points()).isEqualTo(12_000);
        BillingRule companion = rules.inEffectOn(BillingItem.D004_2, day).orElseThrow();
        assertThat(companion.points()).isEqualTo(20_000);
        assertThat(companion.parts()).containsExactly(8_000, 12_000);
    }

    @Test
    void theVersionInEffectIsChosenByDateWithTheEndExclusive() {
        assertThat(rules.inEffectOn(BillingItem.D006_19, LocalDate.of(2022, 3, 31))).isEmpty();
        assertThat(rules.inEffectOn(BillingItem.D006_19, LocalDate.of(2022, 4, 1)).orElseThrow().version())
                .isEqualTo("2022");
        assertThat(rules.inEffectOn(BillingItem.D006_19, LocalDate.of(2024, 5, 31)).orElseThrow().version())
                .isEqualTo("2022");
        assertThat(rules.inEffectOn(BillingItem.D006_19, LocalDate.of(2024, 6, 1)).orElseThrow().version())
                .isEqualTo("2024");
        assertThat(rules.inEffectOn(BillingItem.D006_19, LocalDate.of(2026, 5, 31)).orElseThrow().version())
                .isEqualTo("2024");
        assertThat(rules.inEffectOn(BillingItem.D006_19, LocalDate.of(2026, 6, 1)).orElseThrow().version())
                .isEqualTo("2026");
        assertThat(rules.inEffectOn(BillingItem.D004_2, LocalDate.of(2024, 5, 31))).isEmpty();
    }

    @Test
    void overlappingVersionsOfOneItemAreRefused() {
        BillingRule open = rule("2024", LocalDate.of(2024, 6, 1), null);
        BillingRule next = rule("2026", LocalDate.of(2026, 6, 1), null);

        assertThatIllegalArgumentException().isThrownBy(() -> new BillingRules(List.of(next, open)))
                .withMessageContaining("version 2024 is still in effect when version 2026 takes effect on 2026-06-01");
    }

    @Test
    void partsThatDoNotAddUpToThePointsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BillingRule(BillingItem.D004_2, "x",
                        LocalDate.of(2024, 6, 1), null, 20_000, List.of(8_000, 10_000), "出典", null))
                .withMessageContaining("do not add up to 20000 points");
    }

    private static BillingRule rule(String version, LocalDate from, LocalDate to) {
        return new BillingRule(BillingItem.D006_19, version, from, to, 44_000, List.of(), "D006-19 出典", null);
    }
}
