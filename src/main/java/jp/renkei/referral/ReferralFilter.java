package jp.renkei.referral;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the list shows; nulls and empty sets mean "any". Dates are Tokyo dates of the last activity.
 *
 * @param patient the hospital patient ID, or the start of the patient's name in kanji or kana
 */
public record ReferralFilter(Set<ReferralStatus> statuses, LocalDate from, LocalDate to, String cancerTypeCode,
        RequestedService service, boolean overdueOnly, String patient) {

    public static ReferralFilter everything() {
        return new ReferralFilter(Set.of(), null, null, null, null, false, null);
    }

    public ReferralFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        cancerTypeCode = cancerTypeCode == null || cancerTypeCode.isBlank() ? null : cancerTypeCode.strip();
        patient = patient == null || patient.isBlank() ? null : patient.strip();
    }

    /** Without a patient search (kept for callers written before it existed, such as counseling). */
    public ReferralFilter(Set<ReferralStatus> statuses, LocalDate from, LocalDate to, String cancerTypeCode,
            RequestedService service, boolean overdueOnly) {
        this(statuses, from, to, cancerTypeCode, service, overdueOnly, null);
    }
}
