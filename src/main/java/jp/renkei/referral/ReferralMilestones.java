package jp.renkei.referral;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The dates a later workflow counts its turnaround from: when the referral was sent (null while a draft) and when
 * the specimen was collected (null if the referrer did not give it). No patient identity.
 */
public record ReferralMilestones(Instant sentAt, LocalDate specimenCollectedOn) {
}
