package jp.renkei.ccat;

import java.time.Instant;
import java.time.LocalDate;

import jp.renkei.shared.HospitalId;

/**
 * A follow-up entry said whether the therapy the panel recommended was proposed to the patient and whether the
 * patient received it (the treatment-access figures). Published in the recording transaction.
 *
 * @param referralId null for a test of the hospital's own patient
 */
public record CcatTreatmentRecorded(long testId, Long referralId, HospitalId testingHospital,
        HospitalId referringHospital, boolean recommendedTherapyProposed, boolean recommendedTherapyGiven,
        LocalDate recordedOn, Instant occurredAt) {
}
