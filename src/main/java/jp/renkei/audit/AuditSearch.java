package jp.renkei.audit;

import java.time.LocalDate;

/**
 * What an auditor looks for; every part is optional. {@code hospitalPatientId} is the hospital's own patient ID:
 * it turns the search into the patient's access history, the partner hospital's reads included.
 *
 * @param from   first day (Japan time), inclusive
 * @param to     last day (Japan time), inclusive
 * @param actor  part of the acting person's name
 * @param action an action code, e.g. REFERRAL_VIEWED
 */
public record AuditSearch(LocalDate from, LocalDate to, String actor, String action, String hospitalPatientId) {

    public AuditSearch {
        actor = blankToNull(actor);
        action = blankToNull(action);
        hospitalPatientId = blankToNull(hospitalPatientId);
    }

    public static AuditSearch everything() {
        return new AuditSearch(null, null, null, null, null);
    }

    public boolean forPatient() {
        return hospitalPatientId != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
