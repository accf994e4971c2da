package jp.renkei.referral;

/**
 * A place in a referral list the caller was already served: {@code rowBefore} is the row just before
 * {@code offset}. A deeper page of the same list (same filter and order) continues from it instead of counting
 * every row before it again.
 */
public record ReferralListBookmark(int offset, ReferralSummary rowBefore) {
}
