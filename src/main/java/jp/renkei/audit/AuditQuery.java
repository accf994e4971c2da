package jp.renkei.audit;

import java.util.List;

import jp.renkei.shared.HospitalId;

/**
 * A search prepared by {@link AuditTrail#query}: for whose hospital, and for a patient's history the subjects of
 * the patient's records, resolved once so that paging through the result does not look the patient up again.
 */
public record AuditQuery(AuditSearch search, HospitalId hospital, List<String> patientSubjects) {

    public AuditQuery {
        patientSubjects = patientSubjects == null ? null : List.copyOf(patientSubjects);
    }
}
