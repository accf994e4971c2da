package jp.renkei.counseling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import jp.renkei.shared.calendar.JapaneseHolidays;

/**
 * Computes a counselor's bookable slots from their availability and existing bookings. Pure: no clock, no
 * Spring, no I/O (apart from the bundled holiday list behind {@link Availability#of}).
 *
 * <p>For every local date (in the given zone, normally Asia/Tokyo) touched by [from, to), the open hours are
 * the weekly windows for that weekday (none on a closed day, by default a Japanese public holiday), plus the
 * {@link AvailabilityException.Kind#EXTRA_HOURS} exceptions of that date, minus its
 * {@link AvailabilityException.Kind#CLOSED} exceptions (all day, or the given hours). Overlapping or touching
 * open hours are merged first, so they never produce a slot twice.
 *
 * <p>Candidate starts step from the start of each merged open interval by {@code step}. A candidate
 * [s, s + length) is returned when it lies wholly inside that interval, its start is in [from, to), and it
 * does not overlap any busy range widened by {@code buffer} on both sides. Thread-safe; stateless.
 */
public final class SlotCalculator {

    /**
     * What a counselor offers: recurring weekly windows, one-off exceptions, and the days on which the weekly
     * windows do not apply (public holidays by default; an EXTRA_HOURS exception still opens such a day).
     */
    public record Availability(
            List<WeeklyWindow> weekly, List<AvailabilityException> exceptions, Predicate<LocalDate> closedDay) {

        public Availability {
            weekly = List.copyOf(Objects.requireNonNull(weekly, "weekly"));
            exceptions = List.copyOf(Objects.requireNonNull(exceptions, "exceptions"));
            Objects.requireNonNull(closedDay, "closedDay");
        }

        /** Availability closed on Japanese public holidays (the bundled {@link JapaneseHolidays} list). */
        public static Availability of(List<WeeklyWindow> weekly, List<AvailabilityException> exceptions) {
            return new Availability(weekly, exceptions, JapaneseHolidays.bundled()::isHoliday);
        }
    }

    private SlotCalculator() {
    }

    /**
     * The free slots of the given length, sorted by start and without duplicates.
     *
     * @param availability the counselor's weekly windows, exceptions and closed days, in {@code zone} time
     * @param busy existing bookings, each [start, end) without buffer; any order, may overlap
     * @param length the session length; positive
     * @param buffer the gap needed before and after each busy range; zero or positive
     * @param step the distance between candidate starts, counted from each open interval's start; positive
     * @param from the earliest slot start (inclusive), e.g. now
     * @param to the latest slot start (exclusive)
     * @param zone the zone the windows and exceptions are written in, normally Asia/Tokyo
     */
    public static List<TimeRange> freeSlots(Availability availability, List<TimeRange> busy, Duration length,
            Duration buffer, Duration step, Instant from, Instant to, ZoneId zone) {
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(busy, "busy");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        requirePositive(length, "length");
        requirePositive(step, "step");
        Objects.requireNonNull(buffer, "buffer");
        if (buffer.isNegative()) {
            throw new IllegalArgumentException("buffer must not be negative: " + buffer);
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
        if (!to.isAfter(from)) {
            return List.of();
        }

        List<TimeRange> blocked = merge(busy.stream()
                .map(b -> new TimeRange(b.start().minus(buffer), b.end().plus(buffer)))
                .toList());

        List<TimeRange> slots = new ArrayList<>();
        int blockedIndex = 0;
        LocalDate lastDate = to.atZone(zone).toLocalDate();
        for (LocalDate date = from.atZone(zone).toLocalDate(); !date.isAfter(lastDate); date = date.plusDays(1)) {
            for (TimeRange open : openIntervals(availability, date, zone)) {
                for (Instant start = open.start(); !start.plus(length).isAfter(open.end());
                        start = start.plus(step)) {
                    if (start.isBefore(from)) {
                        continue;
                    }
                    if (!start.isBefore(to)) {
                        return List.copyOf(slots);
                    }
                    Instant end = start.plus(length);
                    // candidates ascend, and the merged blocked ranges are disjoint and ascending
                    while (blockedIndex < blocked.size() && !blocked.get(blockedIndex).end().isAfter(start)) {
                        blockedIndex++;
                    }
                    if (blockedIndex < blocked.size() && blocked.get(blockedIndex).start().isBefore(end)) {
                        continue;
                    }
                    slots.add(new TimeRange(start, end));
                }
            }
        }
        return List.copyOf(slots);
    }

    /** The date's open hours as disjoint instants in ascending order. */
    static List<TimeRange> openIntervals(Availability availability, LocalDate date, ZoneId zone) {
        List<TimeRange> open = new ArrayList<>();
        if (!availability.closedDay().test(date)) {
            for (WeeklyWindow window : availability.weekly()) {
                if (window.day() == date.getDayOfWeek()) {
                    addIfNonEmpty(open, date, window.start(), window.end(), zone);
                }
            }
        }
        List<TimeRange> closed = new ArrayList<>();
        for (AvailabilityException exception : availability.exceptions()) {
            if (!exception.date().equals(date)) {
                continue;
            }
            switch (exception.kind()) {
                case EXTRA_HOURS -> addIfNonEmpty(open, date, exception.start(), exception.end(), zone);
                case CLOSED -> {
                    if (exception.allDay()) {
                        return List.of();
                    }
                    addIfNonEmpty(closed, date, exception.start(), exception.end(), zone);
                }
            }
        }
        return subtract(merge(open), merge(closed));
    }

    private static void addIfNonEmpty(List<TimeRange> ranges, LocalDate date, LocalTime start, LocalTime end,
            ZoneId zone) {
        Instant from = date.atTime(start).atZone(zone).toInstant();
        Instant to = date.atTime(end).atZone(zone).toInstant();
        if (to.isAfter(from)) { // a daylight-saving shift could swallow a short window elsewhere than Tokyo
            ranges.add(new TimeRange(from, to));
        }
    }

    /** Sorts and joins overlapping or touching ranges. */
    static List<TimeRange> merge(List<TimeRange> ranges) {
        List<TimeRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(TimeRange::start));
        List<TimeRange> merged = new ArrayList<>();
        for (TimeRange range : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && !range.start().isAfter(merged.get(last).end())) {
                TimeRange previous = merged.get(last);
                if (range.end().isAfter(previous.end())) {
                    merged.set(last, new TimeRange(previous.start(), range.end()));
                }
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    /** The parts of the disjoint, ascending {@code ranges} not covered by the disjoint, ascending {@code holes}. */
    static List<TimeRange> subtract(List<TimeRange> ranges, List<TimeRange> holes) {
        List<TimeRange> result = new ArrayList<>();
        for (TimeRange range : ranges) {
            Instant cursor = range.start();
            for (TimeRange hole : holes) {
                if (!hole.end().isAfter(cursor) || !hole.start().isBefore(range.end())) {
                    continue;
                }
                if (hole.start().isAfter(cursor)) {
                    result.add(new TimeRange(cursor, hole.start()));
                }
                cursor = hole.end();
                if (!cursor.isBefore(range.end())) {
                    break;
                }
            }
            if (cursor.isBefore(range.end())) {
                result.add(new TimeRange(cursor, range.end()));
            }
        }
        return result;
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
