package jp.renkei.ccat;

import java.time.LocalDate;

/**
 * What a follow-up entry says: the treatment after the panel (if one was started), whether the recommended therapy
 * was proposed and given, the response, and whether the patient is alive and when last known to be.
 *
 * @param treatmentStartedOn null if no treatment was started
 * @param lastKnownAliveOn   required when the patient is alive or lost to follow-up
 */
public record FollowUpEntry(LocalDate treatmentStartedOn, boolean recommendedTherapyProposed,
        boolean recommendedTherapyGiven, TreatmentResponse response, SurvivalStatus survival,
        LocalDate lastKnownAliveOn) {
}
