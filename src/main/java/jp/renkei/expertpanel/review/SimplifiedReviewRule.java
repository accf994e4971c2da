package jp.renkei.expertpanel.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jp.renkei.expertpanel.composition.CompositionRuleSet;
import jp.renkei.expertpanel.composition.CompositionRules;
import jp.renkei.expertpanel.composition.ReviewCircumstances;
import jp.renkei.expertpanel.composition.TumourCategory;
import jp.renkei.expertpanel.review.SimplifiedReviewVerdict.Reason;

/**
 * Whether a case may go to simplified review (持ち回り協議). Two sources decide: a rule set in force that allows it
 * for every case (from 2025-07-07 for solid tumours), otherwise the 2024-02-28 conditions — no pathogenic variant,
 * or every pathogenic / likely pathogenic variant (1) without a recommended drug or trial, (2) at level A, (3) at
 * level R or (4) at B/C on the partnership's agreed list in force that day — and no secondary finding found or
 * suspected. Every reason is given, blocking ones included, so the coordinator sees what to fix.
 */
public final class SimplifiedReviewRule {

    /** The instruction that set the conditions was amended on this day; before it no case qualified. */
    public static final LocalDate CONDITIONS_FROM = LocalDate.of(2024, 2, 28);

    private final CompositionRules rules;

    public SimplifiedReviewRule(CompositionRules rules) {
        this.rules = rules;
    }

    public SimplifiedReviewVerdict judge(LocalDate day, TumourCategory category, List<ReviewedVariant> variants,
            List<AgreedPairList> agreedLists) {
        Optional<CompositionRuleSet> inForce = rules.inForce(new ReviewCircumstances(day, category, false, false, false));
        if (inForce.isPresent() && inForce.get().simplifiedReviewForEveryCase()) {
            return new SimplifiedReviewVerdict(true,
                    List.of(Reason.of("panel.variants.simplified.everyCase", inForce.get().id())));
        }
        if (day.isBefore(CONDITIONS_FROM)) {
            return new SimplifiedReviewVerdict(false, List.of(Reason.of("panel.variants.simplified.beforeConditions")));
        }
        List<Reason> allowing = new ArrayList<>();
        List<Reason> blocking = new ArrayList<>();
        for (ReviewedVariant variant : variants) {
            Recommendation recommendation = variant.recommendation();
            // the secondary-finding condition covers every variant, pathogenic or not
            if (variant.germlineSuspected() || recommendation != null && recommendation.secondaryFinding()) {
                blocking.add(Reason.of("panel.variants.simplified.secondaryFinding", variant.label()));
            }
            if (variant.pathogenicity().pathogenicOrLikely()) {
                judgePathogenic(variant, agreedListOn(day, agreedLists), allowing, blocking);
            }
        }
        if (variants.stream().noneMatch(v -> v.pathogenicity().pathogenicOrLikely())) {
            allowing.addFirst(Reason.of("panel.variants.simplified.noPathogenic"));
        }
        List<Reason> reasons = new ArrayList<>(blocking);
        reasons.addAll(allowing);
        return new SimplifiedReviewVerdict(blocking.isEmpty(), reasons);
    }

    private static void judgePathogenic(ReviewedVariant variant, Optional<AgreedPairList> agreed, List<Reason> allowing,
            List<Reason> blocking) {
        Recommendation rec = variant.recommendation();
        String label = variant.label();
        if (rec == null || !rec.recommendsTreatment()) {
            allowing.add(Reason.of("panel.variants.simplified.noTreatment", label));
        } else if (rec.level() == null) {
            blocking.add(Reason.of("panel.variants.simplified.noLevel", label));
        } else if (rec.level() == EvidenceLevel.A) {
            allowing.add(Reason.of("panel.variants.simplified.levelA", label));
        } else if (rec.level() == EvidenceLevel.R) {
            allowing.add(Reason.of("panel.variants.simplified.levelR", label));
        } else if (rec.level() == EvidenceLevel.B || rec.level() == EvidenceLevel.C) {
            if (agreed.isPresent() && agreed.get().contains(variant.gene(), variant.alteration(), rec.therapy())) {
                allowing.add(Reason.of("panel.variants.simplified.agreed", label, rec.therapy(),
                        String.valueOf(agreed.get().version())));
            } else {
                blocking.add(Reason.of("panel.variants.simplified.notAgreed", label, rec.therapy()));
            }
        } else {
            blocking.add(Reason.of("panel.variants.simplified.levelNotAllowed", label, rec.level().name()));
        }
    }

    /** The version in force on the day: the latest one that had taken effect by then. */
    static Optional<AgreedPairList> agreedListOn(LocalDate day, List<AgreedPairList> lists) {
        return lists.stream().filter(list -> !list.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(AgreedPairList::effectiveFrom).thenComparing(AgreedPairList::version));
    }
}
