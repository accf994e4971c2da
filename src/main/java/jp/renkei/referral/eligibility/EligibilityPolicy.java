package jp.renkei.referral.eligibility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Evaluates a referral against the eligibility rules in effect on its assessment day. Rules are versions of a rule
 * id with effective periods; when several versions of one id cover the day, the one that took effect last wins, so
 * next year's rule is one more entry in the rules file and older assessments keep the version of their day.
 */
@Component
public class EligibilityPolicy {

    static final String RULES_RESOURCE = "referral/eligibility-rules.json";

    private final List<EligibilityRule> rules;

    @Autowired
    public EligibilityPolicy() {
        this(RuleDefinitionsResource.load(RULES_RESOURCE));
    }

    public EligibilityPolicy(List<RuleDefinition> definitions) {
        rejectVersionsStartingTheSameDay(definitions);
        this.rules = definitions.stream().map(RuleKinds::bind).toList();
        rejectReactionsToUndefinedRules(rules);
    }

    public EligibilityResult evaluate(EligibilityInput input) {
        Objects.requireNonNull(input, "input");
        List<EligibilityRule> inEffect = inEffectOn(input);
        Map<EligibilityRule, List<EligibilityFinding>> findings = new IdentityHashMap<>();
        List<EligibilityFinding> firstPass = new ArrayList<>();
        for (EligibilityRule rule : inEffect) {
            if (rule.reactsTo().isEmpty()) {
                findings.put(rule, rule.evaluate(input, List.of()));
                firstPass.addAll(findings.get(rule));
            }
        }
        for (EligibilityRule rule : inEffect) {
            if (rule.reactsTo().isPresent()) {
                findings.put(rule, rule.evaluate(input, List.copyOf(firstPass)));
            }
        }
        return new EligibilityResult(input.assessedOn(),
                inEffect.stream().flatMap(rule -> findings.get(rule).stream()).toList());
    }

    /** Every message key a finding can carry, so the message bundles can be checked for completeness. */
    public static Set<String> messageKeys() {
        return RuleKinds.messageKeys();
    }

    private List<EligibilityRule> inEffectOn(EligibilityInput input) {
        Map<String, EligibilityRule> latestPerId = new HashMap<>();
        for (EligibilityRule rule : rules) {
            if (rule.definition().isInEffectOn(input.assessedOn())) {
                latestPerId.merge(rule.definition().id(), rule, (kept, candidate) ->
                        candidate.definition().effectiveFrom().isAfter(kept.definition().effectiveFrom())
                                ? candidate : kept);
            }
        }
        return rules.stream().filter(rule -> latestPerId.get(rule.definition().id()) == rule).toList();
    }

    private static void rejectReactionsToUndefinedRules(List<EligibilityRule> rules) {
        Set<String> ids = rules.stream().map(rule -> rule.definition().id()).collect(Collectors.toSet());
        for (EligibilityRule rule : rules) {
            rule.reactsTo().filter(id -> !ids.contains(id)).ifPresent(id -> {
                // otherwise the reacting rule would silently never fire
                throw new IllegalArgumentException("rule " + rule.definition().id() + " " + rule.definition().version()
                        + " reacts to rule " + id + ", which is not defined");
            });
        }
    }

    private static void rejectVersionsStartingTheSameDay(List<RuleDefinition> definitions) {
        Set<String> seen = new HashSet<>();
        for (RuleDefinition definition : definitions) {
            if (!seen.add(definition.id() + "@" + definition.effectiveFrom())) {
                throw new IllegalArgumentException("rule " + definition.id() + " has two versions taking effect on "
                        + definition.effectiveFrom() + "; which one applies would be ambiguous");
            }
        }
    }
}
