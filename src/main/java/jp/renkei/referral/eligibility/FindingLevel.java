package jp.renkei.referral.eligibility;

/** How much a finding matters: met, worth knowing, or worth a second look before referring. */
public enum FindingLevel {
    OK,
    INFO,
    WARNING
}
