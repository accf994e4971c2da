package jp.renkei.counseling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.renkei.shared.JapanTime;
import jp.renkei.shared.UtcColumns;

/**
 * One person, one calendar. A counselor working at two hospitals has two directory rows with their own hours,
 * but is busy whenever any hospital booked them, and on leave everywhere when they entered leave anywhere.
 * Extra hours stay with the hospital they were entered at.
 */
@Component
class PersonCalendar {

    private final CounselorRepository counselors;
    private final CounselingBookingRepository bookings;
    private final CounselingSettings settings;
    private final CounselorSnapshots directory;
    private final JdbcClient jdbc;

    PersonCalendar(CounselorRepository counselors, CounselingBookingRepository bookings, CounselingSettings settings,
            CounselorSnapshots directory, JdbcClient jdbc) {
        this.counselors = counselors;
        this.bookings = bookings;
        this.settings = settings;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    /**
     * Locks the person behind a directory row (all their rows, in id order) for the rest of the transaction and
     * returns the row. Reads after this see every booking committed before: callers run read-committed.
     */
    Counselor lock(long counselorId) {
        Long person = counselors.personOf(counselorId).orElseThrow(() -> new CounselorNotFound(counselorId));
        counselors.lockPerson(person);
        return counselors.findById(counselorId).orElseThrow(() -> new CounselorNotFound(counselorId));
    }

    /** Free starts of sessions of {@code length} at this row's hospital, within [from, to). */
    List<TimeRange> freeSlots(Counselor row, Duration length, Instant from, Instant to) {
        return freeSlots(row, length, from, to, null);
    }

    /** As {@link #freeSlots(Counselor, Duration, Instant, Instant)}, treating {@code moving} as not booked. */
    List<TimeRange> freeSlots(Counselor row, Duration length, Instant from, Instant to, TimeRange moving) {
        if (!to.isAfter(from)) {
            return List.of();
        }
        List<TimeRange> busy = busy(row, from.minus(settings.buffer()), to.plus(settings.buffer())).stream()
                .filter(range -> !range.equals(moving)).toList();
        return SlotCalculator.freeSlots(availabilityOf(row.toProfile(leaveOf(row))), busy, length, settings.buffer(),
                settings.step(), from, to, JapanTime.ZONE);
    }

    /**
     * As {@link #freeSlots(Counselor, Duration, Instant, Instant)} for many directory rows at once, in their order,
     * each with the leave of all its person's rows: one query for all their people's bookings. The booking page
     * asks this for every reachable counselor on each visit.
     */
    Map<CounselorProfile, List<TimeRange>> freeSlots(List<CounselorProfile> rows, Duration length, Instant from,
            Instant to) {
        Map<CounselorProfile, List<TimeRange>> free = new LinkedHashMap<>();
        if (rows.isEmpty() || !to.isAfter(from)) {
            rows.forEach(row -> free.put(row, List.of()));
            return free;
        }
        Map<Long, List<TimeRange>> busy = busyTimesOf(people(rows), from.minus(settings.buffer()),
                to.plus(settings.buffer()));
        for (CounselorProfile row : rows) {
            free.put(row, SlotCalculator.freeSlots(availabilityOf(row), busy.getOrDefault(row.user().value(),
                    List.of()), length, settings.buffer(), settings.step(), from, to, JapanTime.ZONE));
        }
        return free;
    }

    /** The people behind these directory rows, each once. */
    static List<Long> people(List<CounselorProfile> rows) {
        return rows.stream().map(row -> row.user().value()).distinct().toList();
    }

    /**
     * The row's own hours and extra hours, closed by its own leave and the leave entered at the person's other
     * hospitals.
     */
    private static SlotCalculator.Availability availabilityOf(CounselorProfile row) {
        List<AvailabilityException> exceptions = new ArrayList<>(row.exceptions());
        exceptions.addAll(row.leaveElsewhere());
        return SlotCalculator.Availability.of(row.weekly(), exceptions);
    }

    /** Leave entered at any of the person's hospitals, for their page and their colleagues. */
    List<AvailabilityException> leaveOf(Counselor row) {
        return leaveIn(counselors.findByPerson(row.user().value()));
    }

    /** The leave among one person's directory rows. */
    static List<AvailabilityException> leaveIn(List<Counselor> rowsOfPerson) {
        return rowsOfPerson.stream().flatMap(c -> c.exceptions().stream())
                .filter(e -> e.kind() == AvailabilityException.Kind.CLOSED).distinct().toList();
    }

    /** The names of these directory rows, by row id: for lists that show only who. */
    Map<Long, String> namesOf(Collection<Long> counselorIds) {
        return directory.current().namesOf(counselorIds);
    }

    /** A directory row as a booking shows it, with leave from all the person's hospitals. */
    CounselorProfile profileOf(long counselorId) {
        return directory.current().row(counselorId).orElseThrow(() -> new CounselorNotFound(counselorId));
    }

    /**
     * The booked times of these people at any hospital, by person: {@link CounselingBookingRepository#busyTimes} for
     * several people at once. Plain JDBC, not a Hibernate native query: the booking page asks this at every visit
     * and, once calendars fill, for thousands of rows, which Hibernate maps one by one after resolving the result
     * set's shape anew each time (4 % of the portal's CPU in the session 13 load profile). Reads what is in the
     * database; its callers have no booking of their own pending. Deliberately across hospitals, like
     * {@code busyTimes}: only times, no patient.
     */
    private Map<Long, List<TimeRange>> busyTimesOf(List<Long> people, Instant from, Instant to) {
        Map<Long, List<TimeRange>> busy = new HashMap<>();
        jdbc.sql("""
                select counselor_user_id, starts_at, ends_at from counseling_booking
                where counselor_user_id in (:people) and active_start is not null
                  and starts_at < :to and ends_at > :from
                """).param("people", people).param("from", UtcColumns.of(from)).param("to", UtcColumns.of(to))
                .query(row -> {
                    busy.computeIfAbsent(row.getLong(1), person -> new ArrayList<>()).add(new TimeRange(
                            UtcColumns.read(row, "starts_at"), UtcColumns.read(row, "ends_at")));
                });
        return busy;
    }

    private List<TimeRange> busy(Counselor row, Instant from, Instant to) {
        return bookings.busyTimes(row.user().value(), from, to).stream()
                .map(r -> new TimeRange(instant(r[0]), instant(r[1]))).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC); // stored as UTC (hibernate.jdbc.time_zone)
        }
        return (Instant) value;
    }
}
