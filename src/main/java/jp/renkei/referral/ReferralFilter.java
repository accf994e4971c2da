package jp.renkei.referral;

import java.time.LocalDate;
import java.util.Set;

/** What the list shows; nulls and empty sets mean "any". Dates are Tokyo dates of the last activity. */
public record ReferralFilter(Set<ReferralStatus> statuses, LocalDate from, LocalDate to, String cancerTypeCode,
        RequestedService service, boolean overdueOnly) {

    public static ReferralFilter everything() {
        return new ReferralFilter(Set.of(), null, null, null, null, false);
    }

    public ReferralFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        cancerTypeCode = cancerTypeCode == null || cancerTypeCode.isBlank() ? null : cancerTypeCode.strip();
    }
}
