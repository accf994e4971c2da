package jp.renkei.shared.calendar;

import static java.time.temporal.TemporalAdjusters.dayOfWeekInMonth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import jp.renkei.shared.calendar.JapaneseHolidays.Names;

/**
 * Recomputes a year's holidays from 国民の祝日に関する法律 as in force since 2020 (スポーツの日, 天皇誕生日 on 2/23),
 * so the bundled CSV is checked rather than trusted. Not for 2020 and 2021, when the Olympic special measures
 * moved 海の日, スポーツの日 and 山の日, nor beyond 2099, where the equinox formula stops being valid. A future
 * change of the Act or a one-off measure has to be added here as well as to the CSV.
 */
final class JapaneseHolidayRules {

    static final int FIRST_YEAR = 2022;
    static final int LAST_YEAR = 2099;

    private JapaneseHolidayRules() {
    }

    static SortedMap<LocalDate, Names> holidaysIn(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("rules only known for " + FIRST_YEAR + "–" + LAST_YEAR + ": " + year);
        }
        // Article 2: 国民の祝日
        SortedMap<LocalDate, Names> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), new Names("元日", "New Year's Day"));
        days.put(nthMonday(year, Month.JANUARY, 2), new Names("成人の日", "Coming of Age Day"));
        days.put(LocalDate.of(year, 2, 11), new Names("建国記念の日", "National Foundation Day"));
        days.put(LocalDate.of(year, 2, 23), new Names("天皇誕生日", "The Emperor's Birthday"));
        days.put(vernalEquinoxDay(year), new Names("春分の日", "Vernal Equinox Day"));
        days.put(LocalDate.of(year, 4, 29), new Names("昭和の日", "Showa Day"));
        days.put(LocalDate.of(year, 5, 3), new Names("憲法記念日", "Constitution Memorial Day"));
        days.put(LocalDate.of(year, 5, 4), new Names("みどりの日", "Greenery Day"));
        days.put(LocalDate.of(year, 5, 5), new Names("こどもの日", "Children's Day"));
        days.put(nthMonday(year, Month.JULY, 3), new Names("海の日", "Marine Day"));
        days.put(LocalDate.of(year, 8, 11), new Names("山の日", "Mountain Day"));
        days.put(nthMonday(year, Month.SEPTEMBER, 3), new Names("敬老の日", "Respect for the Aged Day"));
        days.put(autumnalEquinoxDay(year), new Names("秋分の日", "Autumnal Equinox Day"));
        days.put(nthMonday(year, Month.OCTOBER, 2), new Names("スポーツの日", "Sports Day"));
        days.put(LocalDate.of(year, 11, 3), new Names("文化の日", "Culture Day"));
        days.put(LocalDate.of(year, 11, 23), new Names("勤労感謝の日", "Labor Thanksgiving Day"));
        if (days.size() != 16) {
            throw new IllegalStateException("two 祝日 on one day in " + year + ": " + days);
        }
        Set<LocalDate> shukujitsu = new TreeSet<>(days.keySet());

        // Article 3(2): a 祝日 on a Sunday makes the nearest following day that is not a 祝日 a holiday
        for (LocalDate day : List.copyOf(shukujitsu)) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate substitute = day.plusDays(1);
                while (shukujitsu.contains(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                days.putIfAbsent(substitute, new Names("振替休日", "Substitute Holiday"));
            }
        }
        // Article 3(3): a day that is not a 祝日 but whose day before and day after both are is a holiday
        for (LocalDate day : List.copyOf(shukujitsu)) {
            LocalDate between = day.plusDays(1);
            if (!shukujitsu.contains(between) && shukujitsu.contains(between.plusDays(1))) {
                days.putIfAbsent(between, new Names("国民の休日", "Citizens' Holiday"));
            }
        }
        return days;
    }

    /**
     * 春分日 by the standard approximation used for the 国立天文台's 暦要項 (valid 1980–2099):
     * floor(20.8431 + 0.242194 (Y − 1980) − floor((Y − 1980) / 4)).
     */
    static LocalDate vernalEquinoxDay(int year) {
        return LocalDate.of(year, 3, equinoxDay(20.8431, year));
    }

    /** 秋分日: floor(23.2488 + 0.242194 (Y − 1980) − floor((Y − 1980) / 4)), valid 1980–2099. */
    static LocalDate autumnalEquinoxDay(int year) {
        return LocalDate.of(year, 9, equinoxDay(23.2488, year));
    }

    private static int equinoxDay(double base, int year) {
        int sinceEpoch = year - 1980;
        return (int) Math.floor(base + 0.242194 * sinceEpoch - Math.floorDiv(sinceEpoch, 4));
    }

    private static LocalDate nthMonday(int year, Month month, int n) {
        return LocalDate.of(year, month, 1).with(dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }
}
