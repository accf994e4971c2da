package jp.renkei.referral.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.renkei.referral.ScheduledVisit;

/** A deadline reads as the last day people have, not the exclusive midnight the database keeps. */
class DeadlinesTest {

    /** Midnight at the start of 12/3 in Tokyo: the end of 12/2. */
    static final Instant DUE = Instant.parse("2026-12-02T15:00:00Z");

    @Test
    void theDeadlineIsTheDayBeforeTheStoredMidnight() {
        assertThat(Deadlines.lastDay(DUE)).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(Deadlines.lastDay(DUE, Locale.JAPANESE)).isEqualTo("12/2（水）");
        assertThat(Deadlines.lastDay(DUE, Locale.ENGLISH)).isEqualTo("Wed 12/2");
    }

    @Test
    void aVisitReadsWithItsTimeAndPlaceWhenKnown() {
        assertThat(Deadlines.visit(new ScheduledVisit(LocalDate.of(2026, 12, 8), LocalTime.of(10, 30),
                "がんゲノム医療外来"), Locale.JAPANESE)).isEqualTo("12/8（火） 10:30 がんゲノム医療外来");
        assertThat(Deadlines.visit(new ScheduledVisit(LocalDate.of(2026, 12, 8), null, null), Locale.ENGLISH))
                .isEqualTo("Tue 12/8");
    }
}
