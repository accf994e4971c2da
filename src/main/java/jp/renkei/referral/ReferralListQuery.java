package jp.renkei.referral;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

import jp.renkei.shared.HospitalId;

/**
 * The list query. It names the reading side's hospital column explicitly (besides the tenant filter's
 * "either side" condition) so MySQL can use the index that starts with that hospital.
 */
final class ReferralListQuery {

    private ReferralListQuery() {
    }

    /** Which rows by lateness: all, only those whose acknowledgement is overdue, or all but those. */
    enum Lateness {
        ANY,
        OVERDUE,
        NOT_OVERDUE
    }

    static Specification<Referral> of(HospitalId hospital, boolean referrerSide, ReferralFilter filter, Instant now,
            ZoneId zone) {
        return of(hospital, referrerSide, filter, now, zone, filter.overdueOnly() ? Lateness.OVERDUE : Lateness.ANY);
    }

    static Specification<Referral> of(HospitalId hospital, boolean referrerSide, ReferralFilter filter, Instant now,
            ZoneId zone, Lateness lateness) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (referrerSide) {
                where.add(cb.equal(root.get("originHospitalId"), hospital.value()));
            } else {
                where.add(cb.equal(root.get("partnerHospitalId"), hospital.value()));
                where.add(cb.notEqual(root.get("status"), ReferralStatus.DRAFT));
            }
            if (!filter.statuses().isEmpty()) {
                where.add(root.get("status").in(filter.statuses()));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("updatedAt"), filter.from().atStartOfDay(zone).toInstant()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("updatedAt"), filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            if (filter.cancerTypeCode() != null) {
                where.add(cb.equal(root.get("clinical").get("cancerTypeCode"), filter.cancerTypeCode()));
            }
            if (filter.service() != null) {
                String column = switch (filter.service()) {
                    case CGP_TEST -> "wantsCgp";
                    case GENETIC_COUNSELING -> "wantsCounseling";
                    case EXPERT_PANEL -> "wantsPanel";
                };
                where.add(cb.isTrue(root.get(column)));
            }
            if (filter.patient() != null) {
                // one column per search, matched from its start, so an index (hospital, column) serves it
                PatientSearch search = PatientSearch.of(filter.patient());
                where.add(cb.like(root.get("patient").get(search.column().property), search.prefixPattern(), '\\'));
            }
            switch (lateness) {
                case OVERDUE -> {
                    where.add(cb.equal(root.get("status"), ReferralStatus.SUBMITTED));
                    where.add(cb.lessThan(root.get("acknowledgementDueAt"), now));
                }
                case NOT_OVERDUE -> where.add(cb.or(cb.notEqual(root.get("status"), ReferralStatus.SUBMITTED),
                        cb.isNull(root.get("acknowledgementDueAt")),
                        cb.greaterThanOrEqualTo(root.get("acknowledgementDueAt"), now)));
                case ANY -> {
                    // no condition
                }
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Only the referrals named. */
    static Specification<Referral> among(Collection<ReferralId> ids) {
        List<Long> values = ids.stream().map(ReferralId::value).toList();
        return (root, query, cb) -> root.get("id").in(values);
    }

    /**
     * The rows after {@code previous} in a {@link ReferralSort#seekable() seekable} order: compared on the order's
     * key and the id that breaks its ties, which the order's index serves as a range, however deep the page.
     */
    static Specification<Referral> after(ReferralSort order, boolean ascending, ReferralSummary previous) {
        long lastId = previous.id().value();
        return (root, query, cb) -> {
            Path<Long> id = root.get("id");
            Predicate laterId = ascending ? cb.greaterThan(id, lastId) : cb.lessThan(id, lastId);
            if (order == ReferralSort.NUMBER) {
                return laterId;
            }
            Path<Instant> at = root.get("updatedAt");
            Instant last = previous.updatedAt();
            return cb.or(ascending ? cb.greaterThan(at, last) : cb.lessThan(at, last),
                    cb.and(cb.equal(at, last), laterId));
        };
    }
}
