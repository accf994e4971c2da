package jp.renkei.counseling;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static jp.renkei.counseling.AvailabilityException.Kind.CLOSED;
import static jp.renkei.counseling.AvailabilityException.Kind.EXTRA_HOURS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jp.renkei.counseling.SlotCalculator.Availability;
import org.junit.jupiter.api.Test;

class SlotCalculatorTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static final Duration HOUR = Duration.ofMinutes(60);
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final Duration QUARTER = Duration.ofMinutes(15);
    private static final Duration NO_BUFFER = Duration.ZERO;

    /** Lengths as configured under renkei.counseling.lengths; only the 45-minute RESULTS one matters here. */
    private static final Map<SessionType, Duration> LENGTHS = Map.of(SessionType.RESULTS, Duration.ofMinutes(45));

    private static final LocalDate MONDAY_JUNE_1 = LocalDate.of(2026, 6, 1);
    private static final LocalDate TUESDAY_JUNE_2 = LocalDate.of(2026, 6, 2);
    private static final LocalDate SATURDAY_JUNE_6 = LocalDate.of(2026, 6, 6);
    /** 勤労感謝の日. */
    private static final LocalDate LABOR_THANKSGIVING_2026 = LocalDate.of(2026, 11, 23);

    private static final WeeklyWindow MONDAY_MORNING = window(MONDAY, "09:00", "12:00");

    @Test
    void aRecurringMondayMorningOffersHourLongSessionsEveryHalfHour() {
        assertThat(MONDAY_JUNE_1.getDayOfWeek()).isEqualTo(MONDAY);

        List<TimeRange> slots = slots(Availability.of(List.of(MONDAY_MORNING), List.of()), List.of(), HOUR,
                NO_BUFFER, HALF_HOUR, MONDAY_JUNE_1);

        assertThat(startsOn(slots, MONDAY_JUNE_1)).containsExactly("09:00", "09:30", "10:00", "10:30", "11:00");
        assertThat(slots).allSatisfy(slot -> assertThat(Duration.between(slot.start(), slot.end())).isEqualTo(HOUR));
        assertThat(slots.getFirst()).isEqualTo(new TimeRange(at(MONDAY_JUNE_1, "09:00"), at(MONDAY_JUNE_1, "10:00")));
        // Tokyo is UTC+9: 09:00 JST is midnight UTC
        assertThat(slots.getFirst().start()).isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
    }

    @Test
    void theWindowRecursEveryWeekOnItsOwnWeekdayOnly() {
        List<TimeRange> slots = SlotCalculator.freeSlots(Availability.of(List.of(MONDAY_MORNING), List.of()),
                List.of(), HOUR, NO_BUFFER, HALF_HOUR, at(MONDAY_JUNE_1, "00:00"), at(LocalDate.of(2026, 6, 15), "00:00"),
                TOKYO);

        assertThat(slots).hasSize(10);
        assertThat(slots).extracting(slot -> slot.start().atZone(TOKYO).toLocalDate())
                .containsOnly(MONDAY_JUNE_1, LocalDate.of(2026, 6, 8));
    }

    @Test
    void anAllDayLeaveRemovesTheWholeDay() {
        Availability availability = Availability.of(List.of(MONDAY_MORNING),
                List.of(new AvailabilityException(MONDAY_JUNE_1, null, null, CLOSED)));

        assertThat(slots(availability, List.of(), HOUR, NO_BUFFER, HALF_HOUR, MONDAY_JUNE_1)).isEmpty();
    }

    @Test
    void aTimedLeaveRemovesOnlyThoseHours() {
        Availability availability = Availability.of(List.of(MONDAY_MORNING),
                List.of(new AvailabilityException(MONDAY_JUNE_1, time("10:00"), time("10:30"), CLOSED)));

        List<TimeRange> slots = slots(availability, List.of(), HALF_HOUR, NO_BUFFER, HALF_HOUR, MONDAY_JUNE_1);

        assertThat(startsOn(slots, MONDAY_JUNE_1)).containsExactly("09:00", "09:30", "10:30", "11:00", "11:30");
    }

    @Test
    void aTimedLeaveInTheMiddleLeavesNoRoomForAnHourAcrossIt() {
        Availability availability = Availability.of(List.of(MONDAY_MORNING),
                List.of(new AvailabilityException(MONDAY_JUNE_1, time("10:00"), time("10:30"), CLOSED)));

        List<TimeRange> slots = slots(availability, List.of(), HOUR, NO_BUFFER, HALF_HOUR, MONDAY_JUNE_1);

        // 09:00–10:00 before the leave; after it the interval restarts at 10:30
        assertThat(startsOn(slots, MONDAY_JUNE_1)).containsExactly("09:00", "10:30", "11:00");
    }

    @Test
    void aLeaveOnAnotherDateChangesNothing() {
        Availability availability = Availability.of(List.of(MONDAY_MORNING),
                List.of(new AvailabilityException(TUESDAY_JUNE_2, null, null, CLOSED)));

        assertThat(startsOn(slots(availability, List.of(), HOUR, NO_BUFFER, HALF_HOUR, MONDAY_JUNE_1), MONDAY_JUNE_1))
                .containsExactly("09:00", "09:30", "10:00", "10:30", "11:00");
    }

    @Test
    void extraHoursOnASaturdayAddSlots() {
        assertThat(SATURDAY_JUNE_6.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        Availability availability = Availability.of(List.of(MONDAY_MORNING),
                List.of(new AvailabilityException(SATURDAY_JUNE_6, time("13:00"), time("15:00"), EXTRA_HOURS)));

        List<TimeRange> slots = SlotCalculator.freeSlots(availability, List.of(), HOUR, NO_BUFFER, HALF_HOUR,
                at(MONDAY_JUNE_1, "00:00"), at(LocalDate.of(2026, 6, 8), "00:00"), TOKYO);

        assertThat(startsOn(slots, MONDAY_JUNE_1)).containsExactly("09:00", "09:30", "10:00", "10:30", "11:00");
        assertThat(startsOn(slots, SATURDAY_JUNE_6)).containsExactly("13:00", "13:30", "14:00");
        assertThat(slots).hasSize(8);
    }

    @Test
    void aPublicHolidayIsClosedByDefault() {
        assertThat(LABOR_THANKSGIVING_2026.getDayOfWeek()).isEqualTo(MONDAY);

        assertThat(slots(Availability.of(List.of(MONDAY_MORNING), List.of()), List.of(), HOUR, NO_BUFFER, HALF_HOUR,
                LABOR_THANKSGIVING_2026)).isEmpty();
        // the Monday before is an ordinary working day
        assertThat(slots(Availability.of(List.of(MONDAY_MORNING), List.of()), List.of(), HOUR, NO_BUFFER, HALF_HOUR,
                LocalDate.of(2026, 11, 16))).hasSize(5);
    }

    @Test
    void extraHoursReopenOnlyTheirHoursOnAPublicHoliday() {
        Availability availability = Availability.of(List.of(MONDAY_MORNING), List.of(
                new AvailabilityException(LABOR_THANKSGIVING_2026, time("10:00"), time("11:00"), EXTRA_HOURS)));

        List<TimeRange> slots = slots(availability, List.of(), HALF_HOUR, NO_BUFFER, HALF_HOUR,
                LABOR_THANKSGIVING_2026);

        // the weekly 09:00–12:00 does not come back, only the extra hour
        assertThat(startsOn(slots, LABOR_THANKSGIVING_2026)).containsExactly("10:00", "10:30");
    }

    @Test
    void theClosedDayRuleCanBeReplaced() {
        Availability openOnHolidays = new Availability(List.of(MONDAY_MORNING), List.of(), date -> false);

        assertThat(slots(openOnHolidays, List.of(), HOUR, NO_BUFFER, HALF_HOUR, LABOR_THANKSGIVING_2026)).hasSize(5);
    }

    @Test
    void aBookingBlocksOnlyItsOwnHoursWithoutBuffer() {
        List<TimeRange> booked = List.of(range(MONDAY_JUNE_1, "10:00", "11:00"));

        List<TimeRange> slots = slots(Availability.of(List.of(MONDAY_MORNING), List.of()), booked, HALF_HOUR,
                NO_BUFFER, HALF_HOUR, MONDAY_JUNE_1);

        // touching the booking is fine: ranges are half-open
        assertThat(startsOn(slots, MONDAY_JUNE_1)).containsExactly("09:00", "09:30", "11:00", "11:30");
    }

    @Test
    void aFifteenMinuteBufferAroundABookingRemovesTheStartsThatWouldTouchIt() {
        List<TimeRange> booked = List.of(range(MONDAY_JUNE_1, "10:00", "11:00"));

        List<TimeRange> slots = slots(Availability.of(List.of(MONDAY_MORNING), List.of()), booked, HALF_HOUR,
                QUARTER, HALF_HOUR, MONDAY_JUNE_1);

        // blocked: 09:45–11:15. 09:30–10:00 ends inside it, 11:00–11:30 starts inside it.
        assertThat(startsOn(slots, MONDAY_JUNE_1)).containsExactly("09:00", "11:30");
    }

    @Test
    void aFifteenMinuteBufferLeavesExactlyFifteenMinutesOnEachSideOfABooking() {
        Availability availability = Availability.of(List.of(window(MONDAY, "08:00", "14:00")), List.of());
        List<TimeRange> booked = List.of(range(MONDAY_JUNE_1, "10:00", "11:00"));

        List<TimeRange> slots = slots(availability, booked, HOUR, QUARTER, QUARTER, MONDAY_JUNE_1);

        // an hour ending 09:45 is the last before; one starting 11:15 is the first after
        assertThat(startsOn(slots, MONDAY_JUNE_1)).containsExactly(
                "08:00", "08:15", "08:30", "08:45",
                "11:15", "11:30", "11:45", "12:00", "12:15", "12:30", "12:45", "13:00");
    }

    @Test
    void bookingsOnOtherDaysAndUnsortedBookingsAreHandled() {
        List<TimeRange> booked = List.of(
                range(MONDAY_JUNE_1, "11:00", "12:00"),
                range(TUESDAY_JUNE_2, "09:00", "10:00"),
                range(MONDAY_JUNE_1, "09:00", "09:30"));

        List<TimeRange> slots = slots(Availability.of(List.of(MONDAY_MORNING), List.of()), booked, HOUR, NO_BUFFER,
                HALF_HOUR, MONDAY_JUNE_1);

        assertThat(startsOn(slots, MONDAY_JUNE_1)).containsExactly("09:30", "10:00");
    }

    @Test
    void aSessionCrossingMidnightUtcIsOffered() {
        assertThat(TUESDAY_JUNE_2.getDayOfWeek()).isEqualTo(TUESDAY);
        Availability availability = Availability.of(List.of(window(TUESDAY, "08:30", "09:30")), List.of());

        // the query itself is in UTC: all of Monday and Tuesday, 2026-06-01
        List<TimeRange> slots = SlotCalculator.freeSlots(availability, List.of(), HOUR, NO_BUFFER, HALF_HOUR,
                Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-06-03T00:00:00Z"), TOKYO);

        assertThat(slots).containsExactly(new TimeRange(
                Instant.parse("2026-06-01T23:30:00Z"), Instant.parse("2026-06-02T00:30:00Z")));
    }

    @Test
    void aBookingAcrossMidnightUtcBlocksTheSlot() {
        Availability availability = Availability.of(List.of(window(TUESDAY, "08:00", "10:00")), List.of());
        List<TimeRange> booked = List.of(
                new TimeRange(Instant.parse("2026-06-01T23:45:00Z"), Instant.parse("2026-06-02T00:15:00Z")));

        List<TimeRange> slots = slots(availability, booked, HALF_HOUR, NO_BUFFER, QUARTER, TUESDAY_JUNE_2);

        // booked 08:45–09:15 JST
        assertThat(startsOn(slots, TUESDAY_JUNE_2))
                .containsExactly("08:00", "08:15", "09:15", "09:30");
    }

    @Test
    void aFortyFiveMinuteResultsSessionFitsExactlyAtTheEndOfAWindow() {
        Duration results = LENGTHS.get(SessionType.RESULTS);
        Availability availability = Availability.of(List.of(window(MONDAY, "13:00", "15:00")), List.of());

        assertThat(startsOn(slots(availability, List.of(), results, NO_BUFFER, QUARTER, MONDAY_JUNE_1), MONDAY_JUNE_1))
                .containsExactly("13:00", "13:15", "13:30", "13:45", "14:00", "14:15");
        assertThat(slots(availability, List.of(), results, NO_BUFFER, QUARTER, MONDAY_JUNE_1).getLast().end())
                .isEqualTo(at(MONDAY_JUNE_1, "15:00"));
        // with a half-hour step, 14:30 would overrun 15:00
        assertThat(startsOn(slots(availability, List.of(), results, NO_BUFFER, HALF_HOUR, MONDAY_JUNE_1),
                MONDAY_JUNE_1)).containsExactly("13:00", "13:30", "14:00");
    }

    @Test
    void aWindowShorterThanTheSessionOffersNothing() {
        Availability availability = Availability.of(List.of(window(MONDAY, "09:00", "09:45")), List.of());

        assertThat(slots(availability, List.of(), HOUR, NO_BUFFER, QUARTER, MONDAY_JUNE_1)).isEmpty();
    }

    @Test
    void slotsStartAtOrAfterFromAndStayOnTheStepGrid() {
        Availability availability = Availability.of(List.of(MONDAY_MORNING), List.of());

        List<TimeRange> fromExactlyTen = SlotCalculator.freeSlots(availability, List.of(), HOUR, NO_BUFFER, HALF_HOUR,
                at(MONDAY_JUNE_1, "10:00"), at(TUESDAY_JUNE_2, "00:00"), TOKYO);
        List<TimeRange> fromAfterTen = SlotCalculator.freeSlots(availability, List.of(), HOUR, NO_BUFFER, HALF_HOUR,
                at(MONDAY_JUNE_1, "10:07"), at(TUESDAY_JUNE_2, "00:00"), TOKYO);

        assertThat(startsOn(fromExactlyTen, MONDAY_JUNE_1)).containsExactly("10:00", "10:30", "11:00");
        // a 10:07 "now" does not produce an off-grid 10:07 start, and 10:00 is already past
        assertThat(startsOn(fromAfterTen, MONDAY_JUNE_1)).containsExactly("10:30", "11:00");
    }

    @Test
    void slotsStartBeforeToWhichIsExclusive() {
        Availability availability = Availability.of(List.of(MONDAY_MORNING), List.of());

        List<TimeRange> slots = SlotCalculator.freeSlots(availability, List.of(), HOUR, NO_BUFFER, HALF_HOUR,
                at(MONDAY_JUNE_1, "00:00"), at(MONDAY_JUNE_1, "10:30"), TOKYO);

        assertThat(startsOn(slots, MONDAY_JUNE_1)).containsExactly("09:00", "09:30", "10:00");
    }

    @Test
    void anEmptyRangeHasNoSlotsAndAnInvertedOneIsRejected() {
        Availability availability = Availability.of(List.of(MONDAY_MORNING), List.of());
        Instant nine = at(MONDAY_JUNE_1, "09:00");

        assertThat(SlotCalculator.freeSlots(availability, List.of(), HOUR, NO_BUFFER, HALF_HOUR, nine, nine, TOKYO))
                .isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> SlotCalculator.freeSlots(availability, List.of(), HOUR,
                NO_BUFFER, HALF_HOUR, nine, nine.minusSeconds(1), TOKYO));
    }

    @Test
    void nonPositiveLengthOrStepAndNegativeBufferAreRejected() {
        Availability availability = Availability.of(List.of(MONDAY_MORNING), List.of());
        Instant from = at(MONDAY_JUNE_1, "00:00");
        Instant to = at(TUESDAY_JUNE_2, "00:00");

        assertThatIllegalArgumentException().isThrownBy(() -> SlotCalculator.freeSlots(availability, List.of(),
                Duration.ZERO, NO_BUFFER, HALF_HOUR, from, to, TOKYO));
        assertThatIllegalArgumentException().isThrownBy(() -> SlotCalculator.freeSlots(availability, List.of(),
                HOUR, NO_BUFFER, Duration.ZERO, from, to, TOKYO));
        assertThatIllegalArgumentException().isThrownBy(() -> SlotCalculator.freeSlots(availability, List.of(),
                HOUR, Duration.ofMinutes(-5), HALF_HOUR, from, to, TOKYO));
    }

    @Test
    void overlappingWindowsAndExtraHoursProduceNoDuplicateSlots() {
        Availability availability = Availability.of(
                List.of(MONDAY_MORNING, window(MONDAY, "10:00", "13:00"), MONDAY_MORNING),
                List.of(new AvailabilityException(MONDAY_JUNE_1, time("09:00"), time("11:00"), EXTRA_HOURS)));

        List<TimeRange> slots = slots(availability, List.of(), HOUR, NO_BUFFER, HALF_HOUR, MONDAY_JUNE_1);

        // one interval 09:00–13:00; 11:30–12:30 spans both windows
        assertThat(startsOn(slots, MONDAY_JUNE_1))
                .containsExactly("09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00")
                .doesNotHaveDuplicates();
    }

    @Test
    void touchingWindowsJoinAndTheOutputIsSortedByStart() {
        Availability availability = Availability.of(
                List.of(window(MONDAY, "12:00", "13:00"), window(TUESDAY, "09:00", "10:00"), MONDAY_MORNING),
                List.of());

        List<TimeRange> slots = SlotCalculator.freeSlots(availability, List.of(), HOUR, NO_BUFFER, HALF_HOUR,
                at(MONDAY_JUNE_1, "00:00"), at(LocalDate.of(2026, 6, 3), "00:00"), TOKYO);

        assertThat(slots).extracting(TimeRange::start).isSorted().doesNotHaveDuplicates();
        assertThat(startsOn(slots, MONDAY_JUNE_1))
                .containsExactly("09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00");
        assertThat(startsOn(slots, TUESDAY_JUNE_2)).containsExactly("09:00");
    }

    // --- helpers

    /** Slots over the whole Tokyo date. */
    private static List<TimeRange> slots(Availability availability, List<TimeRange> busy, Duration length,
            Duration buffer, Duration step, LocalDate date) {
        return SlotCalculator.freeSlots(availability, busy, length, buffer, step, at(date, "00:00"),
                at(date.plusDays(1), "00:00"), TOKYO);
    }

    /** The Tokyo start times (HH:mm) of the slots starting on the date, in output order. */
    private static List<String> startsOn(List<TimeRange> slots, LocalDate date) {
        return slots.stream()
                .map(slot -> slot.start().atZone(TOKYO).toLocalDateTime())
                .filter(start -> start.toLocalDate().equals(date))
                .map(LocalDateTime::toLocalTime)
                .map(LocalTime::toString)
                .toList();
    }

    private static WeeklyWindow window(DayOfWeek day, String start, String end) {
        return new WeeklyWindow(day, time(start), time(end));
    }

    private static TimeRange range(LocalDate date, String start, String end) {
        return new TimeRange(at(date, start), at(date, end));
    }

    private static Instant at(LocalDate date, String time) {
        return date.atTime(time(time)).atZone(TOKYO).toInstant();
    }

    private static LocalTime time(String hhmm) {
        return LocalTime.parse(hhmm);
    }
}
