package jp.renkei.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;

/** Turns a search into the query: days in Japan time, the actor by part of the name, and whose entries. */
final class AuditSpecifications {

    private AuditSpecifications() {
    }

    /**
     * @param hospital        the hospital admin's hospital, null for the network's auditors (everything)
     * @param patientSubjects the records of the searched patient, when the search names one
     */
    static Specification<AuditEntry> matching(AuditSearch search, HospitalId hospital, List<String> patientSubjects) {
        return (entry, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (patientSubjects != null) {
                // a patient's history shows every hospital's reads of the records the owning hospital shared
                all.add(patientSubjects.isEmpty() ? cb.disjunction() : entry.get("subject").in(patientSubjects));
            } else if (hospital != null) {
                all.add(cb.equal(entry.get("hospitalId"), hospital.value()));
            }
            if (search.from() != null) {
                all.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), startOf(search.from())));
            }
            if (search.to() != null) {
                all.add(cb.lessThan(entry.get("occurredAt"), startOf(search.to().plusDays(1))));
            }
            if (search.actor() != null) {
                all.add(cb.like(entry.get("actorName"), "%" + escaped(search.actor()) + "%", '\\'));
            }
            if (search.action() != null) {
                all.add(cb.equal(entry.get("action"), search.action()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    private static java.time.Instant startOf(LocalDate day) {
        return day.atStartOfDay(JapanTime.ZONE).toInstant();
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
