package jp.renkei.referral.eligibility;

import java.util.List;
import java.util.Optional;

/** A rule definition bound to the code of its kind, its parameters already read and checked. */
interface EligibilityRule {

    RuleDefinition definition();

    /** {@code findingsOfOtherRules} is empty unless the rule {@link #reactsTo() reacts to} another one. */
    List<EligibilityFinding> evaluate(EligibilityInput input, List<EligibilityFinding> findingsOfOtherRules);

    /** The id of the rule whose verdict this one reacts to; such rules run after all rules that do not. */
    default Optional<String> reactsTo() {
        return Optional.empty();
    }
}
