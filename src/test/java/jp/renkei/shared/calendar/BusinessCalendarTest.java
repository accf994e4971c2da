package jp.renkei.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final BusinessCalendar hospitals = BusinessCalendar.japaneseHospitals();

    @Test
    void theNetworkDefaultClosesOnWeekendsNationalHolidaysAndYearEnd() {
        assertThat(BusinessCalendar.japaneseHospitals()).isSameAs(hospitals);
        assertThat(hospitals.holidays()).isSameAs(JapaneseHolidays.bundled());
        assertThat(hospitals.annualClosedDays()).isEqualTo(BusinessCalendar.YEAR_END_CLOSURE).hasSize(6);

        assertThat(hospitals.isBusinessDay(LocalDate.of(2026, 1, 16))).isTrue(); // Friday
        assertThat(hospitals.isBusinessDay(LocalDate.of(2026, 1, 17))).isFalse(); // Saturday
        assertThat(hospitals.isBusinessDay(LocalDate.of(2026, 1, 18))).isFalse(); // Sunday
        assertThat(hospitals.isBusinessDay(LocalDate.of(2026, 1, 12))).isFalse(); // 成人の日, Monday
        assertThat(hospitals.isBusinessDay(LocalDate.of(2026, 12, 29))).isFalse(); // 年末年始, Tuesday
    }

    @Test
    void aFridaySubmissionIsDueOnTuesday() {
        LocalDate friday = LocalDate.of(2026, 1, 16);
        assertThat(friday.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(hospitals.addBusinessDays(friday, 1)).isEqualTo(LocalDate.of(2026, 1, 19));
        assertThat(hospitals.addBusinessDays(friday, 2)).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(hospitals.addBusinessDays(friday, 0)).isEqualTo(friday);
        // submitted on the Saturday: the weekend day is not counted either
        assertThat(hospitals.addBusinessDays(LocalDate.of(2026, 1, 17), 2)).isEqualTo(LocalDate.of(2026, 1, 20));
    }

    @Test
    void aSubmissionOnTheEveOfAThreeDayWeekendIsDueOnWednesday() {
        // 成人の日 Monday 2026-01-12, 海の日 Monday 2026-07-20
        assertThat(hospitals.addBusinessDays(LocalDate.of(2026, 1, 9), 1)).isEqualTo(LocalDate.of(2026, 1, 13));
        assertThat(hospitals.addBusinessDays(LocalDate.of(2026, 1, 9), 2)).isEqualTo(LocalDate.of(2026, 1, 14));
        assertThat(hospitals.addBusinessDays(LocalDate.of(2026, 7, 17), 2)).isEqualTo(LocalDate.of(2026, 7, 22));
    }

    @Test
    void countingBackSkipsTheYearEndClosureAndHolidays() {
        // Monday 2027-01-04 is the first working day after 12/29–1/3: three back are 12/28, 12/25, 12/24
        assertThat(hospitals.subtractBusinessDays(LocalDate.of(2027, 1, 4), 1)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(hospitals.subtractBusinessDays(LocalDate.of(2027, 1, 4), 3)).isEqualTo(LocalDate.of(2026, 12, 24));
        // Friday 2027-02-12, after 建国記念の日 (Thursday 2/11): one back is Wednesday
        assertThat(hospitals.subtractBusinessDays(LocalDate.of(2027, 2, 12), 1)).isEqualTo(LocalDate.of(2027, 2, 10));
        LocalDate tuesday = LocalDate.of(2026, 12, 1);
        assertThat(hospitals.addBusinessDays(hospitals.subtractBusinessDays(tuesday, 2), 2)).isEqualTo(tuesday);
        assertThat(hospitals.subtractBusinessDays(tuesday, 0)).isEqualTo(tuesday);
    }

    @Test
    void goldenWeek2026() {
        assertThat(hospitals.isBusinessDay(LocalDate.of(2026, 4, 29))).isFalse(); // 昭和の日
        assertThat(hospitals.isBusinessDay(LocalDate.of(2026, 4, 30))).isTrue();
        assertThat(hospitals.isBusinessDay(LocalDate.of(2026, 5, 1))).isTrue();
        for (int day = 2; day <= 6; day++) { // Sat, 憲法記念日 (Sun), みどりの日, こどもの日, 振替休日
            assertThat(hospitals.isBusinessDay(LocalDate.of(2026, 5, day))).as("5/%d", day).isFalse();
        }
        assertThat(hospitals.isBusinessDay(LocalDate.of(2026, 5, 7))).isTrue();

        assertThat(hospitals.addBusinessDays(LocalDate.of(2026, 4, 28), 2)).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(hospitals.addBusinessDays(LocalDate.of(2026, 4, 30), 2)).isEqualTo(LocalDate.of(2026, 5, 7));
        assertThat(hospitals.addBusinessDays(LocalDate.of(2026, 5, 1), 2)).isEqualTo(LocalDate.of(2026, 5, 8));
        assertThat(hospitals.businessDaysBetween(LocalDate.of(2026, 4, 28), LocalDate.of(2026, 5, 7))).isEqualTo(3);
    }

    @Test
    void silverWeek2026() {
        for (int day = 19; day <= 23; day++) { // Sat, Sun, 敬老の日, 国民の休日, 秋分の日
            assertThat(hospitals.isBusinessDay(LocalDate.of(2026, 9, day))).as("9/%d", day).isFalse();
        }
        LocalDate friday = LocalDate.of(2026, 9, 18);
        assertThat(hospitals.addBusinessDays(friday, 1)).isEqualTo(LocalDate.of(2026, 9, 24));
        assertThat(hospitals.addBusinessDays(friday, 2)).isEqualTo(LocalDate.of(2026, 9, 25));
        assertThat(hospitals.businessDaysBetween(friday, LocalDate.of(2026, 9, 24))).isEqualTo(1);
    }

    @Test
    void yearEndClosureIsAHospitalOptionNotANationalHoliday() {
        LocalDate lastDayBeforeClosure = LocalDate.of(2026, 12, 28); // Monday
        for (LocalDate day = LocalDate.of(2026, 12, 29); day.isBefore(LocalDate.of(2027, 1, 4)); day = day.plusDays(1)) {
            assertThat(hospitals.isBusinessDay(day)).as("%s", day).isFalse();
        }
        assertThat(hospitals.addBusinessDays(lastDayBeforeClosure, 1)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(hospitals.addBusinessDays(lastDayBeforeClosure, 2)).isEqualTo(LocalDate.of(2027, 1, 5));

        BusinessCalendar nationalHolidaysOnly = BusinessCalendar.of(JapaneseHolidays.bundled(), Set.of());
        assertThat(nationalHolidaysOnly.isBusinessDay(LocalDate.of(2026, 12, 29))).isTrue();
        assertThat(nationalHolidaysOnly.isBusinessDay(LocalDate.of(2027, 1, 1))).isFalse(); // 元日
        assertThat(nationalHolidaysOnly.addBusinessDays(lastDayBeforeClosure, 2)).isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void deadlineForA2330JstSubmissionIsMidnightJstAfterTheSecondBusinessDay() {
        Instant submittedAt = OffsetDateTime.of(2026, 1, 16, 23, 30, 0, 0, ZoneOffset.ofHours(9)).toInstant();
        assertThat(submittedAt).isEqualTo(Instant.parse("2026-01-16T14:30:00Z"));

        Instant deadline = hospitals.endOfBusinessDaysAfter(submittedAt, 2, TOKYO);

        // Friday in Tokyo; Monday 1/19 and Tuesday 1/20 are the two business days; due before Wednesday 00:00 JST
        assertThat(deadline).isEqualTo(Instant.parse("2026-01-20T15:00:00Z"));
        assertThat(deadline.atZone(TOKYO).toLocalDateTime()).hasToString("2026-01-21T00:00");
        Instant lastMomentOfTuesday = Instant.parse("2026-01-20T14:59:59.999999999Z");
        assertThat(lastMomentOfTuesday.isBefore(deadline)).isTrue(); // on time
        assertThat(deadline.isBefore(deadline)).isFalse(); // 00:00 Wednesday is late
    }

    @Test
    void theSubmissionDateIsTakenInTheGivenZone() {
        // 08:00 JST on Monday is still Sunday in UTC
        Instant mondayMorning = Instant.parse("2026-01-18T23:00:00Z");
        assertThat(hospitals.endOfBusinessDaysAfter(mondayMorning, 2, TOKYO))
                .isEqualTo(Instant.parse("2026-01-21T15:00:00Z")); // end of Wednesday 1/21 JST
        assertThat(hospitals.endOfBusinessDaysAfter(mondayMorning, 2, ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2026-01-21T00:00:00Z")); // Sunday → end of Tuesday 1/20 UTC
    }

    @Test
    void deadlineOnTheEveOfAThreeDayWeekend() {
        Instant fridayNight = OffsetDateTime.of(2026, 1, 9, 23, 30, 0, 0, ZoneOffset.ofHours(9)).toInstant();
        assertThat(hospitals.endOfBusinessDaysAfter(fridayNight, 2, TOKYO))
                .isEqualTo(OffsetDateTime.of(2026, 1, 15, 0, 0, 0, 0, ZoneOffset.ofHours(9)).toInstant());
    }

    @Test
    void businessDaysBetweenIsTheInverseOfAddBusinessDays() {
        for (LocalDate start = LocalDate.of(2026, 1, 1); start.getYear() == 2026; start = start.plusDays(1)) {
            for (int n = 0; n <= 5; n++) {
                LocalDate due = hospitals.addBusinessDays(start, n);
                assertThat(hospitals.businessDaysBetween(start, due)).as("%s + %d", start, n).isEqualTo(n);
                assertThat(hospitals.businessDaysBetween(due, start)).isEqualTo(-n);
                if (n > 0) {
                    assertThat(hospitals.isBusinessDay(due)).isTrue();
                }
            }
        }
        assertThat(hospitals.businessDaysBetween(LocalDate.of(2026, 1, 16), LocalDate.of(2026, 1, 16))).isZero();
        // Friday to next Friday: Mon–Fri, the Friday itself excluded at the start and included at the end
        assertThat(hospitals.businessDaysBetween(LocalDate.of(2026, 1, 16), LocalDate.of(2026, 1, 23))).isEqualTo(5);
    }

    @Test
    void negativeDayCountsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> hospitals.addBusinessDays(LocalDate.of(2026, 1, 16), -1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> hospitals.endOfBusinessDaysAfter(Instant.parse("2026-01-16T00:00:00Z"), -1, TOKYO));
    }

    @Test
    void beyondTheCoveredYearsOnlyWeekendsAndClosedDaysCount() {
        LocalDate comingOfAgeDay2029 = LocalDate.of(2029, 1, 8); // will be 成人の日, but the file ends in 2028
        assertThat(hospitals.holidays().covers(comingOfAgeDay2029)).isFalse();
        assertThat(hospitals.isBusinessDay(comingOfAgeDay2029)).isTrue();
        assertThat(hospitals.isBusinessDay(LocalDate.of(2029, 1, 2))).isFalse(); // 年末年始 still applies
    }
}
