package jp.renkei.ccat.milestone;

import static jp.renkei.ccat.milestone.MilestoneStep.CCAT_REPORT_RECEIVED;
import static jp.renkei.ccat.milestone.MilestoneStep.CLINICAL_DATA_ENTERED;
import static jp.renkei.ccat.milestone.MilestoneStep.CONSENT;
import static jp.renkei.ccat.milestone.MilestoneStep.FOLLOW_UP;
import static jp.renkei.ccat.milestone.MilestoneStep.LAB_RESULT_UPLOADED;
import static jp.renkei.ccat.milestone.MilestoneStep.PANEL_HELD;
import static jp.renkei.ccat.milestone.MilestoneStep.RESULT_EXPLAINED;
import static jp.renkei.ccat.milestone.MilestoneStep.SPECIMEN_SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.renkei.shared.calendar.BusinessCalendar;

/** Due dates in business days (Japanese holidays, 年末年始 12/29–1/3) and what is overdue on a given day. */
class MilestonePlannerTest {

    private static final BusinessCalendar CALENDAR = BusinessCalendar.japaneseHospitals();
    private static final CatalogueTest F1CDX = TestCatalogue.bundled().find("F1CDX").orElseThrow();
    private static final MilestoneTargets TWO_FOLLOW_UPS = new MilestoneTargets(
            MilestoneTargets.defaults().businessDaysAfterPrevious(), List.of(Period.ofMonths(6), Period.ofMonths(12)));

    private final MilestonePlanner planner = new MilestonePlanner(CALENDAR, TWO_FOLLOW_UPS);

    @Test
    void eachStepIsDueInBusinessDaysAfterTheOneBeforeAcrossTheYearEndAndComingOfAgeDay() {
        List<Milestone> plan = planner.plan(F1CDX, LocalDate.of(2026, 12, 1), Map.of(), List.of());

        assertThat(plan).extracting(Milestone::step, Milestone::followUpNumber, Milestone::due).containsExactly(
                tuple(CONSENT, 0, LocalDate.of(2026, 12, 1)),          // the order day itself
                tuple(SPECIMEN_SHIPPED, 0, LocalDate.of(2026, 12, 4)), // +3: Wed, Thu, Fri
                tuple(LAB_RESULT_UPLOADED, 0, LocalDate.of(2026, 12, 24)), // +14 for F1CDx
                tuple(CLINICAL_DATA_ENTERED, 0, LocalDate.of(2027, 1, 4)), // +3: 12/25, 12/28, closed to 1/3, 1/4
                tuple(CCAT_REPORT_RECEIVED, 0, LocalDate.of(2027, 1, 12)), // +5: 1/5–1/8, 成人の日 1/11, 1/12
                tuple(PANEL_HELD, 0, LocalDate.of(2027, 1, 19)),
                tuple(RESULT_EXPLAINED, 0, LocalDate.of(2027, 1, 26)),
                tuple(FOLLOW_UP, 1, LocalDate.of(2027, 7, 26)),
                tuple(FOLLOW_UP, 2, LocalDate.of(2028, 1, 26)));
    }

    @Test
    void theLabStepTakesTheCataloguesTurnaroundOfTheTest() {
        CatalogueTest genMine = TestCatalogue.bundled().find("GENMINETOP").orElseThrow();
        Map<MilestoneStep, LocalDate> shipped = Map.of(CONSENT, LocalDate.of(2026, 6, 1),
                SPECIMEN_SHIPPED, LocalDate.of(2026, 6, 1));

        LocalDate f1 = due(planner.plan(F1CDX, LocalDate.of(2026, 6, 1), shipped, List.of()), LAB_RESULT_UPLOADED);
        LocalDate gm = due(planner.plan(genMine, LocalDate.of(2026, 6, 1), shipped, List.of()), LAB_RESULT_UPLOADED);

        assertThat(CALENDAR.businessDaysBetween(LocalDate.of(2026, 6, 1), f1)).isEqualTo(14);
        assertThat(CALENDAR.businessDaysBetween(LocalDate.of(2026, 6, 1), gm)).isEqualTo(27);
    }

    @Test
    void aLateStepMovesTheStepsAfterIt() {
        Map<MilestoneStep, LocalDate> reached = Map.of(CONSENT, LocalDate.of(2026, 12, 1),
                SPECIMEN_SHIPPED, LocalDate.of(2026, 12, 10));

        List<Milestone> plan = planner.plan(F1CDX, LocalDate.of(2026, 12, 1), reached, List.of());

        assertThat(plan.get(1).statusOn(LocalDate.of(2026, 12, 10))).isEqualTo(MilestoneStatus.REACHED_LATE);
        // 14 business days after Thu 12/10: 12/11 … 12/28 is 12, then 1/4 and 1/5
        assertThat(due(plan, LAB_RESULT_UPLOADED)).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void anOpenStepIsOverdueTheDayAfterItsDueDate() {
        List<Milestone> plan = planner.plan(F1CDX, LocalDate.of(2026, 12, 1),
                Map.of(CONSENT, LocalDate.of(2026, 12, 1)), List.of());
        Milestone specimen = plan.get(1);

        assertThat(specimen.statusOn(LocalDate.of(2026, 12, 4))).isEqualTo(MilestoneStatus.OPEN);
        assertThat(specimen.statusOn(LocalDate.of(2026, 12, 5))).isEqualTo(MilestoneStatus.OVERDUE);
        assertThat(specimen.businessDaysOverdue(LocalDate.of(2026, 12, 6), CALENDAR)).as("on the Sunday").isZero();
        assertThat(specimen.businessDaysOverdue(LocalDate.of(2026, 12, 8), CALENDAR)).isEqualTo(2);
        assertThat(plan.get(0).statusOn(LocalDate.of(2026, 12, 8))).isEqualTo(MilestoneStatus.REACHED);
        assertThat(planner.overdue(plan, LocalDate.of(2026, 12, 8))).extracting(Milestone::step)
                .containsExactly(SPECIMEN_SHIPPED);
    }

    @Test
    void theYearEndClosureDoesNotCountAsDaysOverdue() {
        // lab result on Tue 12/22: clinical data due +3 on Fri 12/25
        Map<MilestoneStep, LocalDate> reached = Map.of(CONSENT, LocalDate.of(2026, 12, 1),
                SPECIMEN_SHIPPED, LocalDate.of(2026, 12, 2), LAB_RESULT_UPLOADED, LocalDate.of(2026, 12, 22));
        List<Milestone> plan = planner.plan(F1CDX, LocalDate.of(2026, 12, 1), reached, List.of());
        Milestone clinical = plan.get(3);

        assertThat(clinical.due()).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(clinical.businessDaysOverdue(LocalDate.of(2027, 1, 3), CALENDAR)).as("only Mon 12/28").isEqualTo(1);
        assertThat(clinical.businessDaysOverdue(LocalDate.of(2027, 1, 4), CALENDAR)).as("12/28 and 1/4").isEqualTo(2);
        // the C-CAT report (+5 after 12/25: 12/28, 1/4, 1/5, 1/6, 1/7) is not overdue yet on the first day back
        assertThat(planner.overdue(plan, LocalDate.of(2027, 1, 4))).extracting(Milestone::step, Milestone::due)
                .containsExactly(tuple(CLINICAL_DATA_ENTERED, LocalDate.of(2026, 12, 25)));
        assertThat(due(plan, CCAT_REPORT_RECEIVED)).isEqualTo(LocalDate.of(2027, 1, 7));
    }

    @Test
    void aFollowUpFallingOnAHolidayOrTheClosureIsDueTheNextBusinessDay() {
        assertThat(followUps(LocalDate.of(2027, 7, 1))).first().as("Sat 1/1, Sun, closed Mon 1/3")
                .isEqualTo(LocalDate.of(2028, 1, 4));
        assertThat(followUps(LocalDate.of(2028, 5, 23))).first().as("勤労感謝の日 Thu 11/23")
                .isEqualTo(LocalDate.of(2028, 11, 24));
    }

    @Test
    void followUpsAreNumberedAndReachedInTurn() {
        List<Milestone> plan = planner.plan(F1CDX, LocalDate.of(2026, 1, 5), allReached(LocalDate.of(2026, 2, 2)),
                List.of(LocalDate.of(2026, 8, 3)));

        assertThat(plan.subList(7, 9)).extracting(Milestone::followUpNumber, Milestone::reachedOn)
                .containsExactly(tuple(1, LocalDate.of(2026, 8, 3)), tuple(2, null));
        assertThatIllegalArgumentException().isThrownBy(() -> planner.plan(F1CDX, LocalDate.of(2026, 1, 5),
                Map.of(), List.of(LocalDate.of(2026, 8, 3), LocalDate.of(2027, 2, 2), LocalDate.of(2027, 8, 2))));
    }

    @Test
    void targetsNeedEveryStepButTheLabAndFollowUps() {
        Map<MilestoneStep, Integer> missingPanel = new EnumMap<>(MilestoneTargets.defaults().businessDaysAfterPrevious());
        missingPanel.remove(PANEL_HELD);

        assertThatIllegalArgumentException().isThrownBy(() -> new MilestoneTargets(missingPanel, List.of()))
                .withMessageContaining("targets are needed for exactly");
        assertThatIllegalArgumentException().isThrownBy(() -> new MilestoneTargets(
                MilestoneTargets.defaults().businessDaysAfterPrevious(), List.of(Period.ZERO)));
    }

    private List<LocalDate> followUps(LocalDate explainedOn) {
        return planner.plan(F1CDX, explainedOn.minusMonths(2), allReached(explainedOn), List.of()).stream()
                .filter(milestone -> milestone.step() == FOLLOW_UP).map(Milestone::due).toList();
    }

    /** Every step of the chain reached on one day, the explanation included. */
    private static Map<MilestoneStep, LocalDate> allReached(LocalDate day) {
        Map<MilestoneStep, LocalDate> reached = new EnumMap<>(MilestoneStep.class);
        for (MilestoneStep step : MilestoneStep.values()) {
            if (step != FOLLOW_UP) {
                reached.put(step, day);
            }
        }
        return reached;
    }

    private static LocalDate due(List<Milestone> plan, MilestoneStep step) {
        return plan.stream().filter(milestone -> milestone.step() == step).findFirst().orElseThrow().due();
    }
}
