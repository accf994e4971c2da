package jp.renkei.counseling;

import java.time.LocalDate;
import java.util.List;

/** One counselor's week: sessions visible to the reader and the free slots left. */
public record CounselorWeek(CounselorProfile counselor, LocalDate monday, List<BookingLine> sessions,
        List<TimeRange> freeSlots) {
}
