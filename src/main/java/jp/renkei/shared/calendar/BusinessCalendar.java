package jp.renkei.shared.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * Which days are working days, and deadlines counted in them ("acknowledge a referral within 2 business
 * days"). A business day is a weekday (Monday to Friday) that is neither a Japanese national holiday (see
 * {@link JapaneseHolidays}, which includes 振替休日 and 国民の休日) nor one of the calendar's annual closed days.
 *
 * <p>The annual closed days model hospital-level closures that are not national holidays. The network's
 * default, {@link #japaneseHospitals()}, closes {@link #YEAR_END_CLOSURE} (年末年始, 12/29–1/3), as most Japanese
 * hospitals do; {@link #of} builds a calendar with other closed days, or none.
 *
 * <p>Outside the holiday list's covered years only weekends and the annual closed days count as closed: check
 * {@code holidays().covers(date)} where that matters. Immutable and thread-safe.
 */
public final class BusinessCalendar {

    /** 年末年始: December 29 to January 3. Not national holidays (except 元日), but most hospitals close. */
    public static final Set<MonthDay> YEAR_END_CLOSURE = Set.of(
            MonthDay.of(12, 29), MonthDay.of(12, 30), MonthDay.of(12, 31),
            MonthDay.of(1, 1), MonthDay.of(1, 2), MonthDay.of(1, 3));

    private static final BusinessCalendar JAPANESE_HOSPITALS =
            new BusinessCalendar(JapaneseHolidays.bundled(), YEAR_END_CLOSURE);

    private final JapaneseHolidays holidays;
    private final Set<MonthDay> annualClosedDays;

    private BusinessCalendar(JapaneseHolidays holidays, Set<MonthDay> annualClosedDays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        this.annualClosedDays = Set.copyOf(annualClosedDays);
    }

    /**
     * The network's default: closed on Saturdays, Sundays, the bundled national holidays and
     * {@link #YEAR_END_CLOSURE}.
     */
    public static BusinessCalendar japaneseHospitals() {
        return JAPANESE_HOSPITALS;
    }

    /**
     * Closed on Saturdays, Sundays, the given holidays and the given days every year. Pass an empty set for
     * national holidays only, e.g. for a service that works through 年末年始.
     */
    public static BusinessCalendar of(JapaneseHolidays holidays, Set<MonthDay> annualClosedDays) {
        return new BusinessCalendar(holidays, annualClosedDays);
    }

    /** The national holidays this calendar closes on. */
    public JapaneseHolidays holidays() {
        return holidays;
    }

    /** The days closed every year on top of weekends and national holidays. */
    public Set<MonthDay> annualClosedDays() {
        return annualClosedDays;
    }

    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY
                && day != DayOfWeek.SUNDAY
                && !holidays.isHoliday(date)
                && !annualClosedDays.contains(MonthDay.from(date));
    }

    /**
     * The {@code days}-th business day after {@code start}; {@code start} itself is not counted, whether or
     * not it is a business day. Submitted on a Friday, +2 is the Tuesday (Monday being day 1) unless a holiday
     * intervenes; submitted on a Saturday, +2 is also the Tuesday. {@code days == 0} returns {@code start}.
     *
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public LocalDate addBusinessDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate date = start;
        for (int counted = 0; counted < days; ) {
            date = date.plusDays(1);
            if (isBusinessDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * The {@code days}-th business day before {@code start}, not counting {@code start} itself: the mirror of
     * {@link #addBusinessDays}. Used to date things "three working days ago" (the demo's overdue referral) so
     * that they mean the same after a weekend, a holiday or the year-end closure.
     *
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public LocalDate subtractBusinessDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate date = start;
        for (int counted = 0; counted < days; ) {
            date = date.minusDays(1);
            if (isBusinessDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * The deadline for something due within {@code days} business days of {@code submittedAt}, as an
     * <em>exclusive</em> bound: the start (00:00) of the day after the {@code days}-th business day, in
     * {@code zone}. The deadline is met iff the response instant {@code isBefore} it, so the whole of the last
     * business day counts, to the nanosecond. The submission's date is taken in {@code zone} (23:30 JST on a
     * Friday is Friday, though it is 14:30 UTC) and, like {@link #addBusinessDays}, is not itself counted.
     *
     * <p>Example: submitted Friday 2026-01-16 23:30 JST, 2 days → business days Mon 1/19 and Tue 1/20 →
     * deadline 2026-01-21T00:00+09:00 (= 2026-01-20T15:00Z).
     *
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public Instant endOfBusinessDaysAfter(Instant submittedAt, int days, ZoneId zone) {
        LocalDate submittedOn = LocalDate.ofInstant(submittedAt, zone);
        return addBusinessDays(submittedOn, days).plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * The number of business days in {@code (from, to]}: after {@code from}, up to and including {@code to},
     * so that {@code businessDaysBetween(d, addBusinessDays(d, n)) == n}. Negative when {@code to} is before
     * {@code from}; zero when they are equal.
     */
    public int businessDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -businessDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isBusinessDay(date)) {
                count++;
            }
        }
        return count;
    }
}
