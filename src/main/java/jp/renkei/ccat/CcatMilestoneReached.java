package jp.renkei.ccat;

import java.time.Instant;
import java.time.LocalDate;

import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.shared.HospitalId;

/**
 * A step of a genomic test was reached on {@code reachedOn}, recorded by hand or taken from the expert panel's
 * events. Published in the recording transaction; published again with the new day if the day is corrected.
 *
 * @param referralId     null for a test of the hospital's own patient
 * @param followUpNumber 1, 2, … for {@link MilestoneStep#FOLLOW_UP}, 0 for every other step
 */
public record CcatMilestoneReached(long testId, Long referralId, HospitalId testingHospital,
        HospitalId referringHospital, MilestoneStep step, int followUpNumber, LocalDate reachedOn,
        Instant occurredAt) {
}
