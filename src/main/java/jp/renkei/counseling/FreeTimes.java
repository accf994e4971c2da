package jp.renkei.counseling;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the booking page shows first: how many free times each day within the horizon has, one of those days
 * ({@code day}, null when none is free) and that day's times, earliest first.
 */
public record FreeTimes(SortedMap<LocalDate, Integer> perDay, LocalDate day, List<SlotOffer> times) {

    public FreeTimes {
        perDay = Collections.unmodifiableSortedMap(new TreeMap<>(perDay));
        times = List.copyOf(times);
    }
}
