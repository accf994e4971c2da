package jp.renkei.referral;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.UtcColumns;

/**
 * The referral list's conditions as plain SQL over the {@code referral} table.
 *
 * <p>Why SQL and not JPA: every session has the hospital-scope filter on, and Hibernate does not cache the plan of
 * a query under an enabled filter (the filter's parameter value is part of the translated plan). A JPA list page
 * was therefore translated from scratch on every visit, and its rows built as managed entities: about 7 % of the
 * portal's CPU under load (src/docs/performance.md, "Session 14").
 *
 * <p>Tenant isolation does not depend on that filter here: every condition starts with the reading side's own
 * hospital column, and {@link #of} cannot be built without the hospital in scope.
 */
final class ReferralListSql {

    private ReferralListSql() {
    }

    /** Which rows by lateness: all, only those whose acknowledgement is overdue, or all but those. */
    enum Lateness {
        ANY,
        OVERDUE,
        NOT_OVERDUE
    }

    /** A WHERE clause and its positional parameters, in order. */
    record Condition(String sql, List<Object> parameters) {

        Condition {
            parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
        }

        Condition and(Condition other) {
            List<Object> all = new ArrayList<>(parameters);
            all.addAll(other.parameters);
            return new Condition(sql + " and " + other.sql, all);
        }
    }

    static Condition of(HospitalId hospital, boolean referrerSide, ReferralFilter filter, Instant now, ZoneId zone) {
        return of(hospital, referrerSide, filter, now, zone, filter.overdueOnly() ? Lateness.OVERDUE : Lateness.ANY);
    }

    /**
     * The rows one side's list shows: the referrer's own referrals (drafts included), or what was sent to the
     * receiving hospital (never a draft). Each clause names a column an index of the side starts with.
     */
    static Condition of(HospitalId hospital, boolean referrerSide, ReferralFilter filter, Instant now, ZoneId zone,
            Lateness lateness) {
        Clauses where = new Clauses();
        if (referrerSide) {
            where.add("origin_hospital_id = ?", hospital.value());
        } else {
            where.add("partner_hospital_id = ?", hospital.value());
            where.add("status <> ?", ReferralStatus.DRAFT.name());
        }
        if (!filter.statuses().isEmpty()) {
            where.in("status", filter.statuses().stream().map(Enum::name).sorted().toList());
        }
        if (filter.from() != null) {
            where.add("updated_at >= ?", UtcColumns.of(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            where.add("updated_at < ?", UtcColumns.of(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (filter.cancerTypeCode() != null) {
            where.add("cancer_type_code = ?", filter.cancerTypeCode());
        }
        if (filter.service() != null) {
            where.add(switch (filter.service()) {
                case CGP_TEST -> "wants_cgp = true";
                case GENETIC_COUNSELING -> "wants_counseling = true";
                case EXPERT_PANEL -> "wants_panel = true";
            });
        }
        if (filter.patient() != null) {
            // one column per search, matched from its start, so an index (hospital, column) serves it
            PatientSearch search = PatientSearch.of(filter.patient());
            where.add(search.column().sqlColumn + " like ? escape '\\\\'", search.prefixPattern());
        }
        switch (lateness) {
            case OVERDUE -> {
                where.add("status = ?", ReferralStatus.SUBMITTED.name());
                where.add("ack_due_at < ?", UtcColumns.of(now));
            }
            case NOT_OVERDUE -> where.add("(status <> ? or ack_due_at is null or ack_due_at >= ?)",
                    ReferralStatus.SUBMITTED.name(), UtcColumns.of(now));
            case ANY -> {
                // no condition
            }
        }
        return where.condition();
    }

    /** Only the referrals named. */
    static Condition among(Collection<ReferralId> ids) {
        Clauses where = new Clauses();
        where.in("id", ids.stream().map(ReferralId::value).toList());
        return where.condition();
    }

    /**
     * The rows after the previous row (its id and last activity) in a {@link ReferralSort#seekable() seekable} order: compared on the order's
     * key and the id that breaks its ties, which the order's index serves as a range, however deep the page.
     */
    static Condition after(ReferralSort order, boolean ascending, ReferralId previousId, Instant previousUpdatedAt) {
        String than = ascending ? ">" : "<";
        long lastId = previousId.value();
        if (order == ReferralSort.NUMBER) {
            return new Condition("id " + than + " ?", List.of(lastId));
        }
        LocalDateTime last = UtcColumns.of(previousUpdatedAt);
        return new Condition("(updated_at " + than + " ? or (updated_at = ? and id " + than + " ?))",
                List.of(last, last, lastId));
    }

    /** The order's column, then the id that breaks ties, so paging is stable. */
    static String orderBy(ReferralSort order, boolean ascending) {
        String direction = ascending ? " asc" : " desc";
        String column = order.column();
        return column.equals("id") ? "id" + direction : column + direction + ", id" + direction;
    }

    /** Clauses joined by "and". */
    private static final class Clauses {
        private final List<String> sql = new ArrayList<>();
        private final List<Object> parameters = new ArrayList<>();

        void add(String clause, Object... values) {
            sql.add(clause);
            parameters.addAll(List.of(values));
        }

        void in(String column, List<?> values) {
            if (values.isEmpty()) {
                sql.add("1 = 0"); // in () is not SQL; nothing is among no values
                return;
            }
            sql.add(column + " in (" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")");
            parameters.addAll(values);
        }

        Condition condition() {
            return new Condition(sql.isEmpty() ? "1 = 1" : String.join(" and ", sql), parameters);
        }
    }
}
