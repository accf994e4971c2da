package jp.renkei.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.renkei.referral.ReferralListSql.Condition;
import jp.renkei.referral.ReferralListSql.Lateness;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.UtcColumns;
import jp.renkei.tenancy.HospitalDirectory;
import jp.renkei.tenancy.HospitalSummary;

/**
 * Reads referral lists as the list shows them: only the columns of a line, with plain SQL ({@link ReferralListSql}
 * says why), in the caller's transaction. Callers are the guarded services of this module; the hospital they pass
 * is the one in scope.
 */
@Component
class ReferralListReader {

    /** The late rows the default order puts first; past this many it falls back to plain activity order. */
    static final int OVERDUE_FIRST_MAX = 200;

    private static final String LINE_COLUMNS = """
            select id, status, origin_hospital_id, partner_hospital_id, patient_name_kanji, patient_hospital_pid,
                   cancer_type_code, wants_cgp, wants_counseling, wants_panel, submitted_at, ack_due_at, updated_at,
                   scheduled_on, scheduled_time, scheduled_place
            from referral where\s""";

    private final JdbcClient jdbc;
    private final HospitalDirectory hospitals;

    ReferralListReader(JdbcClient jdbc, HospitalDirectory hospitals) {
        this.jdbc = jdbc;
        this.hospitals = hospitals;
    }

    /**
     * The page at {@code offset} of one side's list, continuing from a {@code bookmark} of the same list when there
     * is one. Newest activity first, the list's usual order, puts what is overdue first.
     */
    List<ReferralSummary> page(HospitalId hospital, boolean referrerSide, ReferralFilter filter, ReferralSort order,
            boolean ascending, int offset, int limit, ReferralListBookmark bookmark, Instant now) {
        List<Line> lines = order == ReferralSort.NEWEST_ACTIVITY && !ascending && !filter.overdueOnly()
                ? overdueFirst(hospital, referrerSide, filter, now, offset, limit, bookmark)
                : page(ReferralListSql.of(hospital, referrerSide, filter, now, JapanTime.ZONE), order, ascending,
                        offset, limit, bookmark);
        return summaries(lines, now);
    }

    /** The lines of those among {@code ids} that this side's list shows, in no particular order. */
    List<ReferralSummary> among(HospitalId hospital, boolean referrerSide, Collection<ReferralId> ids, Instant now) {
        Condition where = ReferralListSql.of(hospital, referrerSide, ReferralFilter.everything(), now,
                JapanTime.ZONE).and(ReferralListSql.among(ids));
        return summaries(lines(where, "id", 0, ids.size()), now);
    }

    /** How many rows this side's list shows under the filter (the home page's figures, never the list itself). */
    long count(HospitalId hospital, boolean referrerSide, ReferralFilter filter, Instant now) {
        Condition where = ReferralListSql.of(hospital, referrerSide, filter, now, JapanTime.ZONE);
        return jdbc.sql("select count(*) from referral where " + where.sql()).params(where.parameters())
                .query(Long.class).single();
    }

    /**
     * The default order: what is overdue first (earliest deadline first), then everything else by newest activity.
     * Two index-backed queries per page (three on a page after the first with late rows on it); the overdue part is
     * small by nature and capped: past the cap the list falls back to plain activity order rather than hide a row.
     */
    private List<Line> overdueFirst(HospitalId hospital, boolean referrerSide, ReferralFilter filter, Instant now,
            int offset, int limit, ReferralListBookmark bookmark) {
        Condition overdue = ReferralListSql.of(hospital, referrerSide, filter, now, JapanTime.ZONE, Lateness.OVERDUE);
        Condition notOverdue = ReferralListSql.of(hospital, referrerSide, filter, now, JapanTime.ZONE,
                Lateness.NOT_OVERDUE);
        String lateOrder = ReferralListSql.orderBy(ReferralSort.ACKNOWLEDGEMENT_DUE, true);
        List<Line> firstLate = null;
        if (offset == 0 && limit <= OVERDUE_FIRST_MAX) {
            // The first page (every list opened, every search): its late rows read as lines, not as ids and then
            // lines. Fewer than a page of them are all there are, so the rest follows without counting them.
            firstLate = lines(overdue, lateOrder, 0, limit);
            if (firstLate.size() < limit) {
                List<Line> page = new ArrayList<>(firstLate);
                page.addAll(lines(notOverdue, ReferralListSql.orderBy(ReferralSort.NEWEST_ACTIVITY, false), 0,
                        limit - firstLate.size()));
                return page;
            }
        }
        // ids only, on an index (hospital, status, due): knowing how many are late reads no more than that
        List<Long> late = jdbc.sql("select id from referral where " + overdue.sql() + " order by " + lateOrder
                + " limit ?").params(overdue.parameters()).param(OVERDUE_FIRST_MAX + 1).query(Long.class).list();
        if (late.size() > OVERDUE_FIRST_MAX) {
            return page(ReferralListSql.of(hospital, referrerSide, filter, now, JapanTime.ZONE),
                    ReferralSort.NEWEST_ACTIVITY, false, offset, limit, bookmark);
        }
        if (firstLate != null) {
            return firstLate; // a whole first page of late rows
        }
        List<Long> lateOnPage = late.subList(Math.min(offset, late.size()), Math.min(offset + limit, late.size()));
        // read under the overdue condition again, not by id alone: no list read without the hospital's condition
        List<Line> page = new ArrayList<>(inOrder(lateOnPage, lines(overdue.and(ReferralListSql.among(
                lateOnPage.stream().map(ReferralId::new).toList())), "id", 0, lateOnPage.size())));
        if (page.size() < limit) {
            // a bookmark on a row past the late ones is a place in the rest of the list
            ReferralListBookmark inRest = bookmark == null || bookmark.offset() <= late.size()
                    || late.contains(bookmark.rowBefore().id().value()) ? null
                            : new ReferralListBookmark(bookmark.offset() - late.size(), bookmark.rowBefore());
            page.addAll(page(notOverdue, ReferralSort.NEWEST_ACTIVITY, false, Math.max(0, offset - late.size()),
                    limit - page.size(), inRest));
        }
        return page;
    }

    /** Sought after the bookmark's row when the order allows it, else read by offset. */
    private List<Line> page(Condition where, ReferralSort order, boolean ascending, int offset, int limit,
            ReferralListBookmark bookmark) {
        String orderBy = ReferralListSql.orderBy(order, ascending);
        if (bookmark != null && order.seekable() && bookmark.offset() <= offset) {
            ReferralSummary before = bookmark.rowBefore();
            return lines(where.and(ReferralListSql.after(order, ascending, before.id(), before.updatedAt())), orderBy,
                    offset - bookmark.offset(), limit);
        }
        return lines(where, orderBy, offset, limit);
    }

    private List<Line> lines(Condition where, String orderBy, int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return jdbc.sql(LINE_COLUMNS + where.sql() + " order by " + orderBy + " limit ? offset ?")
                .params(where.parameters()).param(limit).param(offset).query(ReferralListReader::line).list();
    }

    /** The lines in the order of {@code ids}; an id without a line (changed since) is left out. */
    private static List<Line> inOrder(List<Long> ids, List<Line> lines) {
        Map<Long, Line> byId = new HashMap<>();
        lines.forEach(line -> byId.put(line.id().value(), line));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private List<ReferralSummary> summaries(List<Line> lines, Instant now) {
        Set<HospitalId> sides = new HashSet<>();
        lines.forEach(line -> {
            sides.add(line.origin());
            sides.add(line.partner());
        });
        Map<HospitalId, HospitalSummary> names = new HashMap<>();
        hospitals.getAll(sides).forEach(h -> names.put(h.id(), h));
        return lines.stream().map(line -> new ReferralSummary(line.id(), line.status(), line.patientName(),
                line.cancerTypeCode(), line.services(), names.get(line.origin()), names.get(line.partner()),
                line.submittedAt(), line.acknowledgementDueAt(),
                Referral.isOverdue(line.status(), line.acknowledgementDueAt(), now), line.updatedAt(),
                line.patientId(), line.visit())).toList();
    }

    private static Line line(ResultSet row, int number) throws SQLException {
        LocalDate visitOn = row.getObject("scheduled_on", LocalDate.class);
        return new Line(new ReferralId(row.getLong("id")), ReferralStatus.valueOf(row.getString("status")),
                HospitalId.of(row.getLong("origin_hospital_id")), HospitalId.of(row.getLong("partner_hospital_id")),
                row.getString("patient_name_kanji"), row.getString("patient_hospital_pid"),
                row.getString("cancer_type_code"), Referral.services(row.getBoolean("wants_cgp"),
                        row.getBoolean("wants_counseling"), row.getBoolean("wants_panel")),
                UtcColumns.read(row, "submitted_at"), UtcColumns.read(row, "ack_due_at"),
                UtcColumns.read(row, "updated_at"),
                visitOn == null ? null : new ScheduledVisit(visitOn, row.getObject("scheduled_time", LocalTime.class),
                        row.getString("scheduled_place")));
    }

    /** One list line as stored, before the hospitals are named. */
    private record Line(ReferralId id, ReferralStatus status, HospitalId origin, HospitalId partner,
            String patientName, String patientId, String cancerTypeCode, Set<RequestedService> services,
            Instant submittedAt, Instant acknowledgementDueAt, Instant updatedAt, ScheduledVisit visit) {
    }
}
