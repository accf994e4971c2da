package jp.renkei.shared.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jp.renkei.shared.calendar.JapaneseHolidays.Names;

class JapaneseHolidaysTest {

    private final JapaneseHolidays holidays = JapaneseHolidays.bundled();

    @Test
    void bundledListCoversWholeYears2024Through2028() {
        assertThat(holidays.firstCovered()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(holidays.lastCovered()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(holidays.covers(LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(holidays.covers(LocalDate.of(2028, 12, 31))).isTrue();
        assertThat(holidays.covers(LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(holidays.covers(LocalDate.of(2029, 1, 1))).isFalse();
        // outside the covered range: not a holiday, even on a date that will be one
        assertThat(holidays.isHoliday(LocalDate.of(2029, 1, 1))).isFalse();
        assertThat(JapaneseHolidays.bundled()).isSameAs(holidays);
    }

    /** The CSV is verified, not trusted: every covered year is recomputed from the Act's rules. */
    @Test
    void everyCoveredYearMatchesTheRulesOfTheAct() {
        for (int year = holidays.firstCovered().getYear(); year <= holidays.lastCovered().getYear(); year++) {
            SortedMap<LocalDate, Names> listed = holidays.all()
                    .subMap(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
            SortedMap<LocalDate, Names> expected = JapaneseHolidayRules.holidaysIn(year);
            assertThat(listed)
                    .as("holidays of %d; by the rules the lines should be:%n%s", year, csvLines(expected))
                    .containsExactlyEntriesOf(expected);
        }
    }

    @Test
    void holidayCountsPerYearMatchTheCabinetOfficeLists() {
        Map<Integer, Long> perYear = holidays.all().keySet().stream()
                .collect(Collectors.groupingBy(LocalDate::getYear, TreeMap::new, Collectors.counting()));
        assertThat(perYear).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                2024, 21L, 2025, 19L, 2026, 18L, 2027, 17L, 2028, 16L)));
    }

    /** The announced equinox days (2028: provisional) and the astronomical formula agree. */
    @Test
    void equinoxFormulaGivesTheAnnouncedDays() {
        Map<Integer, int[]> announced = Map.of(
                2024, new int[] {20, 22},
                2025, new int[] {20, 23},
                2026, new int[] {20, 23},
                2027, new int[] {21, 23},
                2028, new int[] {20, 22});
        announced.forEach((year, days) -> {
            assertThat(JapaneseHolidayRules.vernalEquinoxDay(year)).isEqualTo(LocalDate.of(year, 3, days[0]));
            assertThat(JapaneseHolidayRules.autumnalEquinoxDay(year)).isEqualTo(LocalDate.of(year, 9, days[1]));
            assertThat(holidays.nameOf(LocalDate.of(year, 3, days[0]), Locale.JAPANESE)).contains("春分の日");
            assertThat(holidays.nameOf(LocalDate.of(year, 9, days[1]), Locale.JAPANESE)).contains("秋分の日");
        });
    }

    @Test
    void goldenWeek2026EndsWithASubstituteHolidayForConstitutionDayOnASunday() {
        assertThat(holidays.nameOf(LocalDate.of(2026, 4, 29), Locale.JAPANESE)).contains("昭和の日");
        assertThat(holidays.isHoliday(LocalDate.of(2026, 4, 30))).isFalse();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 5, 1))).isFalse();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 5, 2))).isFalse(); // Saturday: a weekend, not a holiday
        assertThat(LocalDate.of(2026, 5, 3).getDayOfWeek()).hasToString("SUNDAY");
        assertThat(holidays.nameOf(LocalDate.of(2026, 5, 3), Locale.JAPANESE)).contains("憲法記念日");
        assertThat(holidays.nameOf(LocalDate.of(2026, 5, 4), Locale.JAPANESE)).contains("みどりの日");
        assertThat(holidays.nameOf(LocalDate.of(2026, 5, 5), Locale.JAPANESE)).contains("こどもの日");
        assertThat(holidays.nameOf(LocalDate.of(2026, 5, 6), Locale.JAPANESE)).contains("振替休日");
        assertThat(holidays.nameOf(LocalDate.of(2026, 5, 6), Locale.ENGLISH)).contains("Substitute Holiday");
        assertThat(holidays.isHoliday(LocalDate.of(2026, 5, 7))).isFalse();
    }

    @Test
    void silverWeek2026HasACitizensHolidayBetweenRespectForTheAgedDayAndTheEquinox() {
        assertThat(holidays.nameOf(LocalDate.of(2026, 9, 21), Locale.JAPANESE)).contains("敬老の日");
        assertThat(holidays.nameOf(LocalDate.of(2026, 9, 22), Locale.JAPANESE)).contains("国民の休日");
        assertThat(holidays.nameOf(LocalDate.of(2026, 9, 22), Locale.ENGLISH)).contains("Citizens' Holiday");
        assertThat(holidays.nameOf(LocalDate.of(2026, 9, 23), Locale.JAPANESE)).contains("秋分の日");
        assertThat(holidays.isHoliday(LocalDate.of(2026, 9, 24))).isFalse();
    }

    @Test
    void namesFollowTheLocaleAndAreEmptyOnOrdinaryDays() {
        LocalDate comingOfAge = LocalDate.of(2026, 1, 12);
        assertThat(holidays.nameOf(comingOfAge, Locale.JAPAN)).contains("成人の日");
        assertThat(holidays.nameOf(comingOfAge, Locale.forLanguageTag("ja"))).contains("成人の日");
        assertThat(holidays.nameOf(comingOfAge, Locale.ENGLISH)).contains("Coming of Age Day");
        assertThat(holidays.nameOf(comingOfAge, Locale.FRENCH)).contains("Coming of Age Day");
        assertThat(holidays.nameOf(LocalDate.of(2026, 1, 13), Locale.JAPANESE)).isEmpty();
        // 年末年始 is a hospital closure, not a national holiday
        assertThat(holidays.isHoliday(LocalDate.of(2026, 12, 29))).isFalse();
        assertThat(holidays.isHoliday(LocalDate.of(2027, 1, 2))).isFalse();
        assertThat(holidays.isHoliday(LocalDate.of(2027, 1, 1))).isTrue();
    }

    @Test
    void otherSubstituteHolidaysInTheCoveredYears() {
        assertThat(holidays.all().entrySet().stream()
                .filter(e -> e.getValue().japanese().equals("振替休日"))
                .map(Map.Entry::getKey))
                .containsExactly(
                        LocalDate.of(2024, 2, 12), LocalDate.of(2024, 5, 6), LocalDate.of(2024, 8, 12),
                        LocalDate.of(2024, 9, 23), LocalDate.of(2024, 11, 4),
                        LocalDate.of(2025, 2, 24), LocalDate.of(2025, 5, 6), LocalDate.of(2025, 11, 24),
                        LocalDate.of(2026, 5, 6),
                        LocalDate.of(2027, 3, 22));
        assertThat(holidays.all().entrySet().stream()
                .filter(e -> e.getValue().japanese().equals("国民の休日"))
                .map(Map.Entry::getKey))
                .containsExactly(LocalDate.of(2026, Month.SEPTEMBER, 22));
    }

    @Test
    void malformedFilesAreRejected() {
        assertThatIllegalStateException().isThrownBy(() -> read("date,name_ja,name_en\n2026-01-01,元日\n"))
                .withMessageContaining("test:2");
        assertThatIllegalStateException().isThrownBy(() -> read("2026-01-12,成人の日,x\n2026-01-01,元日,y\n"))
                .withMessageContaining("ascending");
        assertThatIllegalStateException().isThrownBy(() -> read("2024-01-01,元日,x\n2026-01-01,元日,y\n"))
                .withMessageContaining("2025");
        assertThatIllegalStateException().isThrownBy(() -> read("# only a comment\n"));
    }

    private static JapaneseHolidays read(String csv) {
        return JapaneseHolidays.read(new ByteArrayInputStream(csv.getBytes(UTF_8)), "test");
    }

    private static String csvLines(SortedMap<LocalDate, Names> holidays) {
        return holidays.entrySet().stream()
                .map(e -> e.getKey() + "," + e.getValue().japanese() + "," + e.getValue().english())
                .collect(Collectors.joining("\n"));
    }
}
