package jp.renkei.expertpanel.composition;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One dated version of the panel membership requirements, as data ({@code expertpanel/composition-rules.json}).
 *
 * @param drugTherapySpecialties (ア): how many full-time drug-therapy physicians of different specialties
 * @param fullTimePathologists   (エ): how many full-time pathologists
 * @param exclusiveRoles         groups of categories of which one person may count for only one
 * @param simplifiedReviewForEveryCase whether every case may be reviewed asynchronously (持ち回り協議)
 * @param unconfirmed            why the wording or date is not confirmed, shown to admins; {@code null} if it is
 */
public record CompositionRuleSet(String id, String version, TumourCategory tumourCategory, LocalDate effectiveFrom,
        LocalDate effectiveTo, int drugTherapySpecialties, int fullTimePathologists, AttendingRule attending,
        List<Set<PanelRole>> exclusiveRoles, boolean simplifiedReviewForEveryCase, String source, String unconfirmed) {

    public CompositionRuleSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(tumourCategory, "tumourCategory");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(attending, "attending");
        Objects.requireNonNull(source, "source");
        exclusiveRoles = exclusiveRoles == null ? List.of() : exclusiveRoles.stream().map(Set::copyOf).toList();
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException(id + ": effectiveTo before effectiveFrom");
        }
    }

    boolean inForce(ReviewCircumstances review) {
        return tumourCategory == review.category() && !review.date().isBefore(effectiveFrom)
                && (effectiveTo == null || !review.date().isAfter(effectiveTo));
    }

    /** When the attending physician (or a substitute) must take part. */
    public enum AttendingRule {
        ALWAYS,
        UNLESS_HISTORY_PROVIDED
    }
}
