package jp.renkei.ccat.claims;

import java.time.LocalDate;

import jp.renkei.ccat.billing.BillingVerdict;

/**
 * One fee-schedule item of one test: the evaluator's verdict and, once claimed, when and by whom.
 *
 * @param claimedOn null while not claimed
 */
public record ItemBilling(BillingVerdict verdict, LocalDate claimedOn, String claimedBy) {
}
