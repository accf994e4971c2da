package jp.renkei.ccat.billing;

import static jp.renkei.ccat.billing.BillingStatus.AT_RISK;
import static jp.renkei.ccat.billing.BillingStatus.CLAIMABLE;
import static jp.renkei.ccat.billing.BillingStatus.CLAIMED;
import static jp.renkei.ccat.billing.BillingStatus.NOT_CLAIMABLE;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jp.renkei.shared.calendar.BusinessCalendar;

/**
 * Says, for one test on one day, which points are claimable, claimed, at risk or not claimable, and why. Each item
 * is judged by the rule version in effect on the day it becomes billable (the specimen's submission, the written
 * explanation), or on the given day while that has not happened. Facts dated after the given day count as not yet
 * happened, so a past day's list can be reproduced.
 */
public final class BillingEvaluator {

    static final String NO_RULE = "ccat.billing.noRuleInForce";
    static final String D006_AWAITING_SPECIMEN = "ccat.billing.D006_19.awaitingSpecimen";
    static final String D006_SPECIMEN_SUBMITTED = "ccat.billing.D006_19.specimenSubmitted";
    static final String D006_REDUCED = "ccat.billing.D006_19.reducedByCompanion";
    static final String D006_AWAITING_EVALUATION = "ccat.billing.D006_19.companionAwaitsEvaluation";
    static final String B011_AWAITING_PANEL = "ccat.billing.B011_5.awaitingPanel";
    static final String B011_AWAITING_EXPLANATION = "ccat.billing.B011_5.awaitingExplanation";
    static final String B011_EXPLANATION_OVERDUE = "ccat.billing.B011_5.explanationOverdue";
    static final String B011_TRANSFERRED_OR_DIED = "ccat.billing.B011_5.transferredOrDiedBeforeExplanation";
    static final String B011_AWAITING_SUBMISSION = "ccat.billing.B011_5.awaitingCcatSubmission";
    static final String B011_MET = "ccat.billing.B011_5.conditionsMet";
    static final String B011_MET_CONSENT_REFUSED = "ccat.billing.B011_5.conditionsMetConsentRefused";
    static final String D004_NOT_COMPANION = "ccat.billing.D004_2.notCompanion";
    static final String D004_AWAITING_SPECIMEN = "ccat.billing.D004_2.awaitingSpecimen";
    static final String D004_CLAIMABLE = "ccat.billing.D004_2.claimable";
    static final String D004_BILLED = "ccat.billing.D004_2.billed";
    static final String D004_ABOVE_MAXIMUM = "ccat.billing.D004_2.billedAboveMaximum";

    private final BillingRules rules;
    private final BusinessCalendar calendar;
    private final int explanationDueBusinessDays;

    /**
     * @param explanationDueBusinessDays how many business days after the panel the written explanation is due
     *                                   before B011-5 counts as at risk (the hospital's own target)
     */
    public BillingEvaluator(BillingRules rules, BusinessCalendar calendar, int explanationDueBusinessDays) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        if (explanationDueBusinessDays < 0) {
            throw new IllegalArgumentException("explanation due days cannot be negative: " + explanationDueBusinessDays);
        }
        this.explanationDueBusinessDays = explanationDueBusinessDays;
    }

    /** The verdicts for D006-19, B011-5 and D004-2, in that order. */
    public List<BillingVerdict> evaluate(TestFacts facts, LocalDate on) {
        Known known = new Known(facts, on);
        BillingVerdict evaluation = known.claimed(evaluationFee(known));
        return List.of(known.claimed(profilingTest(known, evaluation)), evaluation, companionDiagnostic(known));
    }

    /** Every message key a verdict can carry, so the message bundles can be checked for completeness. */
    public static Set<String> messageKeys() {
        return Set.of(NO_RULE, D006_AWAITING_SPECIMEN, D006_SPECIMEN_SUBMITTED, D006_REDUCED, D006_AWAITING_EVALUATION,
                B011_AWAITING_PANEL, B011_AWAITING_EXPLANATION, B011_EXPLANATION_OVERDUE, B011_TRANSFERRED_OR_DIED,
                B011_AWAITING_SUBMISSION, B011_MET, B011_MET_CONSENT_REFUSED, D004_NOT_COMPANION,
                D004_AWAITING_SPECIMEN, D004_CLAIMABLE, D004_BILLED, D004_ABOVE_MAXIMUM);
    }

    private BillingVerdict profilingTest(Known known, BillingVerdict evaluation) {
        if (known.facts.purpose() == TestPurpose.COMPANION_DIAGNOSTIC_FIRST) {
            return profilingAfterCompanionDiagnostic(known, evaluation);
        }
        LocalDate submitted = known.date(known.facts.specimenSubmittedOn());
        LocalDate billedOn = submitted == null ? known.on : submitted;
        BillingRule rule = rules.inEffectOn(BillingItem.D006_19, billedOn).orElse(null);
        if (rule == null) {
            return noRule(BillingItem.D006_19, billedOn);
        }
        if (submitted == null) {
            return new BillingVerdict(BillingItem.D006_19, NOT_CLAIMABLE, rule.points(), D006_AWAITING_SPECIMEN,
                    List.of(), rule);
        }
        return new BillingVerdict(BillingItem.D006_19, CLAIMABLE, rule.points(), D006_SPECIMEN_SUBMITTED,
                List.of(submitted), rule);
    }

    /**
     * The specimen went in for the companion diagnostic, so D006-19 is billed with B011-5, less the points already
     * billed for the test, and shares B011-5's fate until then.
     */
    private BillingVerdict profilingAfterCompanionDiagnostic(Known known, BillingVerdict evaluation) {
        LocalDate explained = known.date(known.facts.explainedInWritingOn());
        LocalDate billedOn = explained == null ? known.on : explained;
        BillingRule rule = rules.inEffectOn(BillingItem.D006_19, billedOn).orElse(null);
        if (rule == null) {
            return noRule(BillingItem.D006_19, billedOn);
        }
        int alreadyBilled = known.facts.companionDiagnosticPointsBilled();
        int points = Math.max(0, rule.points() - alreadyBilled);
        List<Object> arguments = List.of(rule.points(), alreadyBilled, points);
        return switch (evaluation.status()) {
            case CLAIMABLE, CLAIMED ->
                    new BillingVerdict(BillingItem.D006_19, CLAIMABLE, points, D006_REDUCED, arguments, rule);
            case AT_RISK -> new BillingVerdict(BillingItem.D006_19, AT_RISK, points, D006_REDUCED, arguments, rule);
            case NOT_CLAIMABLE -> new BillingVerdict(BillingItem.D006_19, NOT_CLAIMABLE, points,
                    D006_AWAITING_EVALUATION, arguments, rule);
        };
    }

    private BillingVerdict evaluationFee(Known known) {
        TestFacts facts = known.facts;
        LocalDate explained = known.date(facts.explainedInWritingOn());
        LocalDate billedOn = explained == null ? known.on : explained;
        BillingRule rule = rules.inEffectOn(BillingItem.B011_5, billedOn).orElse(null);
        if (rule == null) {
            return noRule(BillingItem.B011_5, billedOn);
        }
        LocalDate leftOn = known.date(facts.transferredOrDiedOn());
        if (leftOn != null && (explained == null || leftOn.isBefore(explained))) {
            return verdict(BillingItem.B011_5, AT_RISK, rule, B011_TRANSFERRED_OR_DIED, leftOn);
        }
        LocalDate panel = known.date(facts.panelHeldOn());
        if (panel == null) {
            return verdict(BillingItem.B011_5, NOT_CLAIMABLE, rule, B011_AWAITING_PANEL);
        }
        if (explained == null) {
            LocalDate due = calendar.addBusinessDays(panel, explanationDueBusinessDays);
            return known.on.isAfter(due)
                    ? verdict(BillingItem.B011_5, AT_RISK, rule, B011_EXPLANATION_OVERDUE, panel, due)
                    : verdict(BillingItem.B011_5, NOT_CLAIMABLE, rule, B011_AWAITING_EXPLANATION, panel, due);
        }
        if (facts.registrationConsentRefused()) {
            return verdict(BillingItem.B011_5, CLAIMABLE, rule, B011_MET_CONSENT_REFUSED, explained);
        }
        LocalDate submitted = known.date(facts.ccatSubmittedOn());
        return submitted == null
                ? verdict(BillingItem.B011_5, NOT_CLAIMABLE, rule, B011_AWAITING_SUBMISSION, explained)
                : verdict(BillingItem.B011_5, CLAIMABLE, rule, B011_MET, explained, submitted);
    }

    private BillingVerdict companionDiagnostic(Known known) {
        TestFacts facts = known.facts;
        LocalDate submitted = known.date(facts.specimenSubmittedOn());
        LocalDate billedOn = submitted == null ? known.on : submitted;
        BillingRule rule = rules.inEffectOn(BillingItem.D004_2, billedOn).orElse(null);
        if (facts.purpose() != TestPurpose.COMPANION_DIAGNOSTIC_FIRST) {
            // whether or not a D004-2 rule was in effect then: the test was never a companion diagnostic
            return new BillingVerdict(BillingItem.D004_2, NOT_CLAIMABLE, 0, D004_NOT_COMPANION, List.of(), rule);
        }
        if (rule == null) {
            return noRule(BillingItem.D004_2, billedOn);
        }
        int billed = facts.companionDiagnosticPointsBilled();
        if (billed > rule.points()) {
            return new BillingVerdict(BillingItem.D004_2, CLAIMED, billed, D004_ABOVE_MAXIMUM,
                    List.of(billed, rule.points()), rule);
        }
        if (billed > 0) {
            return new BillingVerdict(BillingItem.D004_2, CLAIMED, billed, D004_BILLED, List.of(billed), rule);
        }
        if (submitted == null) {
            return new BillingVerdict(BillingItem.D004_2, NOT_CLAIMABLE, rule.points(), D004_AWAITING_SPECIMEN,
                    List.of(), rule);
        }
        return new BillingVerdict(BillingItem.D004_2, CLAIMABLE, rule.points(), D004_CLAIMABLE,
                List.of(rule.points(), rule.parts().stream().map(part -> String.format(Locale.ROOT, "%,d", part))
                        .collect(Collectors.joining(" + "))), rule);
    }

    private static BillingVerdict verdict(BillingItem item, BillingStatus status, BillingRule rule, String key,
            Object... arguments) {
        return new BillingVerdict(item, status, rule.points(), key, List.of(arguments), rule);
    }

    private static BillingVerdict noRule(BillingItem item, LocalDate day) {
        return new BillingVerdict(item, NOT_CLAIMABLE, 0, NO_RULE, List.of(item.code(), day), null);
    }

    /** The facts as known on one day: later dates have not happened yet. */
    private record Known(TestFacts facts, LocalDate on) {

        Known {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(on, "on");
        }

        LocalDate date(LocalDate happenedOn) {
            return happenedOn == null || happenedOn.isAfter(on) ? null : happenedOn;
        }

        /** A claim is a fact of the billing office: it stands whatever the record says, with the reason kept. */
        BillingVerdict claimed(BillingVerdict verdict) {
            return facts.claimed().contains(verdict.item())
                    ? new BillingVerdict(verdict.item(), CLAIMED, verdict.points(), verdict.messageKey(),
                            verdict.messageArguments(), verdict.rule())
                    : verdict;
        }
    }
}
