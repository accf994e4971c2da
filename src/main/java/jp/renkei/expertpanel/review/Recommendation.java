package jp.renkei.expertpanel.review;

import java.util.Objects;

/**
 * The panel's recommendation for one variant. {@code therapy} is blank when nothing is recommended;
 * {@code trialId} (jRCT…) only with {@link TherapyRoute#CLINICAL_TRIAL}.
 */
public record Recommendation(EvidenceLevel level, LevelSystem levelSystem, String therapy, TherapyRoute route,
        String trialId, boolean secondaryFinding) {

    public Recommendation {
        Objects.requireNonNull(route, "route");
        if (level != null && levelSystem == null) {
            throw new IllegalArgumentException("An evidence level needs its level system");
        }
        therapy = therapy == null ? "" : therapy.strip();
        trialId = trialId == null || trialId.isBlank() ? null : trialId.strip();
        if (route == TherapyRoute.CLINICAL_TRIAL && trialId == null) {
            throw new IllegalArgumentException("A clinical trial needs its registry id");
        }
    }

    /** A drug or a trial is recommended: the simplified-review conditions then look at the level. */
    public boolean recommendsTreatment() {
        return route != TherapyRoute.NONE || !therapy.isEmpty();
    }
}
