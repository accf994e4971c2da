package jp.renkei.ccat;

import java.time.LocalDate;

import jp.renkei.shared.workflow.Refused;

/** What a follow-up entry must say to be sent to C-CAT, each refusal in words the coordinator can act on. */
final class FollowUpRules {

    private FollowUpRules() {
    }

    static void check(FollowUpEntry entry, LocalDate today) {
        if (entry == null || entry.response() == null || entry.survival() == null) {
            throw new Refused("ccat.followUp.error.incomplete", "response and survival are required");
        }
        if (entry.recommendedTherapyGiven() && !entry.recommendedTherapyProposed()) {
            throw new Refused("ccat.followUp.error.givenNotProposed", String.valueOf(entry));
        }
        if ((entry.treatmentStartedOn() == null) != (entry.response() == TreatmentResponse.NOT_TREATED)) {
            throw new Refused("ccat.followUp.error.treatmentAndResponse", String.valueOf(entry));
        }
        if (entry.survival() != SurvivalStatus.DECEASED && entry.lastKnownAliveOn() == null) {
            throw new Refused("ccat.followUp.error.lastKnownAliveRequired", String.valueOf(entry));
        }
        if (isAfter(entry.treatmentStartedOn(), today) || isAfter(entry.lastKnownAliveOn(), today)) {
            throw new Refused("ccat.milestone.error.inFuture", String.valueOf(entry));
        }
    }

    private static boolean isAfter(LocalDate day, LocalDate today) {
        return day != null && day.isAfter(today);
    }
}
