package jp.renkei.ccat.claims;

import java.time.LocalDate;

import jp.renkei.ccat.billing.BillingVerdict;

/** One line of the billing office's monthly list: a claimable, at-risk or claimed item of one patient's test. */
public record BillingListRow(long testId, String patientId, String patientName, String testName,
        BillingVerdict verdict, LocalDate claimedOn) {
}
