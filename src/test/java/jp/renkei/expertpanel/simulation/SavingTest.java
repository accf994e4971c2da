package jp.renkei.expertpanel.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.renkei.shared.JapanTime;

/** Days saved run in Japan's calendar days from the results to the panel's answer; totals leave open cases apart. */
class SavingTest {

    private static final Instant ACCEPTED = at("2026-03-02T09:00");
    private static final Instant RESULTS = at("2026-03-20T23:30");
    private static final Instant NOW = at("2026-05-01T10:00");

    @Test
    void fromTheLastVariantToTheConclusionInJapanDays() {
        Saving saving = Saving.of(ACCEPTED, RESULTS, at("2026-04-03T00:30"), at("2026-04-02T17:30"), NOW);
        assertThat(saving.answer()).isEqualTo(Saving.Answer.CONCLUDED);
        assertThat(saving.days()).as("20 March (Japan) to 3 April").isEqualTo(14);
    }

    @Test
    void withoutAConclusionTheHeldMeetingThenTodayCount() {
        Saving held = Saving.of(ACCEPTED, RESULTS, null, at("2026-04-02T17:30"), NOW);
        assertThat(held.answer()).isEqualTo(Saving.Answer.MEETING_HELD);
        assertThat(held.days()).isEqualTo(13);
        Saving open = Saving.of(ACCEPTED, RESULTS, null, at("2026-05-08T17:30"), NOW);
        assertThat(open.answer()).isEqualTo(Saving.Answer.NOT_YET);
        assertThat(open.days()).as("so far, until today").isEqualTo(42);
        assertThat(Saving.of(ACCEPTED, null, null, null, NOW).decidable()).as("no variants: from acceptance")
                .isEqualTo(ACCEPTED.atZone(JapanTime.ZONE).toLocalDate());
    }

    @Test
    void totalsAndMedianCountAnsweredCasesOnly() {
        List<Saving> savings = List.of(Saving.of(ACCEPTED, RESULTS, at("2026-03-30T10:00"), null, NOW),
                Saving.of(ACCEPTED, RESULTS, at("2026-04-03T10:00"), null, NOW),
                Saving.of(ACCEPTED, RESULTS, null, null, NOW));
        SimulationTotals totals = SimulationTotals.of(10, savings);
        assertThat(totals.wouldSkip()).isEqualTo(3);
        assertThat(totals.skipPercent()).isEqualTo(30.0);
        assertThat(totals.daysSaved()).isEqualTo(10 + 14);
        assertThat(totals.medianDaysSaved()).isEqualTo(12.0);
        assertThat(totals.openSkipping()).isOne();
        assertThat(totals.openDaysSoFar()).isEqualTo(42);
        assertThat(SimulationTotals.of(0, List.of()).medianDaysSaved()).isNull();
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(JapanTime.ZONE).toInstant();
    }
}
