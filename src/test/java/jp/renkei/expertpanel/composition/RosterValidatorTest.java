package jp.renkei.expertpanel.composition;

import static jp.renkei.expertpanel.composition.PanelRole.A;
import static jp.renkei.expertpanel.composition.PanelRole.B;
import static jp.renkei.expertpanel.composition.PanelRole.C;
import static jp.renkei.expertpanel.composition.PanelRole.D;
import static jp.renkei.expertpanel.composition.PanelRole.E;
import static jp.renkei.expertpanel.composition.PanelRole.F;
import static jp.renkei.expertpanel.composition.PanelRole.G;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped membership rules, judged on rosters a coordinator would bring. */
class RosterValidatorTest {

    static final LocalDate BEFORE_2024 = LocalDate.of(2023, 10, 4);
    static final LocalDate BEFORE_2025_07_07 = LocalDate.of(2025, 7, 6);
    static final LocalDate FROM_2025_07_07 = LocalDate.of(2025, 7, 7);

    private final RosterValidator validator = new RosterValidator(CompositionRules.shipped());

    /** Everyone separate: two drug-therapy physicians of different fields, two pathologists, the attending. */
    static List<PanelParticipant> fullRoster() {
        return new ArrayList<>(List.of(
                person("腫瘍内科 医師", Set.of(A), "腫瘍内科", true),
                person("消化器内科 医師", Set.of(A), "消化器内科", true),
                person("遺伝医学 医師", Set.of(B), null, true),
                person("認定遺伝カウンセラー", Set.of(C), null, false),
                person("病理医 一", Set.of(D), null, true),
                person("病理医 二", Set.of(D), null, true),
                person("分子遺伝学 研究者", Set.of(E), null, true),
                new PanelParticipant("主治医", Set.of(), "呼吸器内科", true, false, true)));
    }

    static PanelParticipant person(String name, Set<PanelRole> roles, String specialty, boolean fullTime) {
        return new PanelParticipant(name, roles, specialty, fullTime, false, false);
    }

    private CompositionVerdict judge(List<PanelParticipant> roster, LocalDate date) {
        return validator.judge(roster, new ReviewCircumstances(date, TumourCategory.SOLID, false, false, false));
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = { "2023-10-04", "2025-07-06", "2025-07-07", "2026-12-01" })
    void aFullRosterMeetsEveryRuleSetAndNamesIt(LocalDate date) {
        CompositionVerdict verdict = judge(fullRoster(), date);
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.ruleSetId()).startsWith("ep.composition.solid.");
        assertThat(verdict.source()).isNotBlank();
    }

    @Test
    void theRuleSetInForceIsChosenByTheReviewDate() {
        assertThat(judge(fullRoster(), BEFORE_2024).ruleSetVersion()).isEqualTo("2022-03-03");
        assertThat(judge(fullRoster(), BEFORE_2025_07_07).ruleSetVersion()).isEqualTo("2024-02-28");
        assertThat(judge(fullRoster(), FROM_2025_07_07).ruleSetVersion()).isEqualTo("2025-07-07");
        assertThat(judge(fullRoster(), FROM_2025_07_07).unconfirmed()).as("the 2025 wording is marked unconfirmed")
                .contains("確認");
    }

    @Nested
    class EachRequirementMissing {

        @Test
        void drugTherapyPhysiciansOfOneSpecialtyOnly() {
            List<PanelParticipant> roster = fullRoster();
            roster.set(1, person("腫瘍内科 医師二", Set.of(A), "腫瘍内科", true));
            assertThat(judge(roster, FROM_2025_07_07).shortfalls())
                    .containsExactly(Shortfall.of("panel.composition.shortfall.A", 2, 1));
        }

        @Test
        void aPartTimeDrugTherapyPhysicianDoesNotCount() {
            List<PanelParticipant> roster = fullRoster();
            roster.set(1, person("非常勤 医師", Set.of(A), "消化器内科", false));
            assertThat(judge(roster, FROM_2025_07_07).shortfalls())
                    .containsExactly(Shortfall.of("panel.composition.shortfall.A", 2, 1));
        }

        @Test
        void noMedicalGeneticist() {
            List<PanelParticipant> roster = fullRoster();
            roster.remove(2);
            assertThat(judge(roster, FROM_2025_07_07).shortfalls())
                    .containsExactly(Shortfall.of("panel.composition.shortfall.B", 1, 0));
        }

        @Test
        void noGeneticCounselor() {
            List<PanelParticipant> roster = fullRoster();
            roster.remove(3);
            assertThat(judge(roster, FROM_2025_07_07).shortfalls())
                    .containsExactly(Shortfall.of("panel.composition.shortfall.C", 1, 0));
        }

        @Test
        void noFullTimePathologist() {
            List<PanelParticipant> roster = fullRoster();
            roster.set(4, person("非常勤 病理医", Set.of(D), null, false));
            roster.remove(5);
            assertThat(judge(roster, FROM_2025_07_07).shortfalls())
                    .containsExactly(Shortfall.of("panel.composition.shortfall.D", 1, 0));
        }

        @Test
        void noMolecularGeneticsExpert() {
            List<PanelParticipant> roster = fullRoster();
            roster.remove(6);
            assertThat(judge(roster, FROM_2025_07_07).shortfalls())
                    .containsExactly(Shortfall.of("panel.composition.shortfall.E", 1, 0));
        }

        @Test
        void noBioinformaticianWhenSequencedInHouse() {
            CompositionVerdict inHouse = validator.judge(fullRoster(),
                    new ReviewCircumstances(FROM_2025_07_07, TumourCategory.SOLID, true, false, false));
            assertThat(inHouse.shortfalls()).containsExactly(Shortfall.of("panel.composition.shortfall.F", 1, 0));
        }

        @Test
        void noPediatricOncologistWithPanelExperienceForAChild() {
            List<PanelParticipant> roster = fullRoster();
            roster.add(person("小児科 医師（経験なし）", Set.of(G), "小児科", true));
            CompositionVerdict child = validator.judge(roster,
                    new ReviewCircumstances(FROM_2025_07_07, TumourCategory.SOLID, false, true, false));
            assertThat(child.shortfalls()).containsExactly(Shortfall.of("panel.composition.shortfall.G", 1, 0));

            roster.add(new PanelParticipant("小児腫瘍 医師", Set.of(G), "小児科", true, true, false));
            assertThat(validator.judge(roster, new ReviewCircumstances(FROM_2025_07_07, TumourCategory.SOLID, false,
                    true, false)).valid()).isTrue();
        }

        @Test
        void noAttendingWhenTheHistoryWasNotProvided() {
            List<PanelParticipant> roster = fullRoster();
            roster.removeLast();
            assertThat(judge(roster, FROM_2025_07_07).shortfalls())
                    .containsExactly(Shortfall.of("panel.composition.attendingWithoutHistory"));
            assertThat(validator.judge(roster, new ReviewCircumstances(FROM_2025_07_07, TumourCategory.SOLID, false,
                    false, true)).valid()).as("history provided: the attending need not attend").isTrue();
        }
    }

    @Nested
    class RulesThatChanged {

        @Test
        void onePathologistWasTooFewUntil2024() {
            List<PanelParticipant> roster = fullRoster();
            roster.remove(5);
            assertThat(judge(roster, BEFORE_2024).shortfalls())
                    .containsExactly(Shortfall.of("panel.composition.shortfall.D", 2, 1));
            assertThat(judge(roster, BEFORE_2025_07_07).valid()).isTrue();
        }

        @Test
        void theAttendingHadToAttendEvenWithTheHistoryUntil2024() {
            List<PanelParticipant> roster = fullRoster();
            roster.removeLast();
            ReviewCircumstances withHistory2023 = new ReviewCircumstances(BEFORE_2024, TumourCategory.SOLID, false,
                    false, true);
            assertThat(validator.judge(roster, withHistory2023).shortfalls())
                    .containsExactly(Shortfall.of("panel.composition.attendingAlways"));
        }

        @Test
        void aDrugTherapyPhysicianWhoIsAlsoTheGeneticCounselorCountsForBothOnlyBefore2025_07_07() {
            List<PanelParticipant> roster = fullRoster();
            roster.set(3, person("腫瘍内科 医師（遺伝カウンセリング）", Set.of(C), null, false));
            roster.remove(3);
            roster.set(0, person("腫瘍内科 医師（遺伝カウンセリング）", Set.of(A, C), "腫瘍内科", true));

            assertThat(judge(roster, BEFORE_2025_07_07).valid()).isTrue();
            CompositionVerdict after = judge(roster, FROM_2025_07_07);
            assertThat(after.valid()).isFalse();
            assertThat(after.shortfalls()).singleElement().satisfies(s -> {
                assertThat(s.messageKey()).isEqualTo("panel.composition.combinedRoles");
                assertThat(s.arguments().getFirst()).contains("（ア）（ウ）（エ）（キ）");
            });
        }

        @Test
        void theMedicalGeneticistMayNeverBeTheGeneticCounselor() {
            List<PanelParticipant> roster = fullRoster();
            roster.remove(3);
            roster.set(2, person("遺伝医学 医師（カウンセリングも）", Set.of(B, C), null, true));
            for (LocalDate date : List.of(BEFORE_2024, BEFORE_2025_07_07, FROM_2025_07_07)) {
                assertThat(judge(roster, date).shortfalls()).as("on %s", date).extracting(Shortfall::messageKey)
                        .containsExactly("panel.composition.combinedRoles");
            }
        }

        @Test
        void combiningRolesOutsideTheExclusiveGroupsIsAllowedFrom2025_07_07() {
            List<PanelParticipant> roster = fullRoster();
            roster.remove(6);
            roster.set(2, person("遺伝医学 医師（分子遺伝学）", Set.of(B, E), null, true));
            assertThat(judge(roster, FROM_2025_07_07).valid()).isTrue();
        }
    }

    @Test
    void haematologicalPanelsHaveNoRuleSetYetAndSaySo() {
        CompositionVerdict verdict = validator.judge(fullRoster(),
                new ReviewCircumstances(FROM_2025_07_07, TumourCategory.HAEMATOLOGICAL, false, false, false));
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.ruleSetId()).isNull();
        assertThat(verdict.shortfalls()).containsExactly(
                Shortfall.of("panel.composition.noRuleSet.HAEMATOLOGICAL", FROM_2025_07_07));
    }

    @Test
    void aLargePanelIsJudgedQuickly() {
        List<PanelParticipant> roster = fullRoster();
        for (int i = 0; i < 25; i++) {
            roster.add(person("兼務 " + i, Set.of(A, B, C, D, E, F), "領域" + (i % 4), true));
        }
        roster.removeIf(p -> p.roles().equals(Set.of(E)));
        roster.removeIf(p -> p.roles().equals(Set.of(C)));
        assertThat(judge(roster, FROM_2025_07_07).valid()).isTrue();
    }

    @Test
    void shippedRuleSetsDoNotOverlapAndEachCitesItsSource() {
        assertThat(CompositionRules.shipped().all()).hasSize(3).allSatisfy(set -> {
            assertThat(set.source()).isNotBlank();
            assertThat(set.unconfirmed()).as("every encoded version has an open question in DOMAIN.md").isNotBlank();
        });
    }
}
