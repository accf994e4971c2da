package jp.renkei.referral.eligibility;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The kinds of rule the data may use. A new rule of an existing kind needs no change here. */
final class RuleKinds {

    private static final Map<String, Function<RuleDefinition, EligibilityRule>> KINDS = Map.of(
            InsuranceTimingRule.KIND, InsuranceTimingRule::new,
            AdvancedCareRouteRule.KIND, AdvancedCareRouteRule::new,
            OncePerLifetimeRule.KIND, OncePerLifetimeRule::new,
            SpecimenAgeRule.KIND, SpecimenAgeRule::new,
            FixationRule.KIND, FixationRule::new,
            TumourCellularityRule.KIND, TumourCellularityRule::new,
            PerformanceStatusRule.KIND, PerformanceStatusRule::new);

    private RuleKinds() {
    }

    static EligibilityRule bind(RuleDefinition definition) {
        Function<RuleDefinition, EligibilityRule> kind = KINDS.get(definition.kind());
        if (kind == null) {
            throw new IllegalArgumentException("rule " + definition.id() + " " + definition.version()
                    + ": unknown kind " + definition.kind() + " (known: " + new TreeSet<>(KINDS.keySet()) + ")");
        }
        return kind.apply(definition);
    }

    static Set<String> messageKeys() {
        return Stream.of(InsuranceTimingRule.MESSAGE_KEYS, AdvancedCareRouteRule.MESSAGE_KEYS,
                        OncePerLifetimeRule.MESSAGE_KEYS, SpecimenAgeRule.MESSAGE_KEYS, FixationRule.MESSAGE_KEYS,
                        TumourCellularityRule.MESSAGE_KEYS, PerformanceStatusRule.MESSAGE_KEYS)
                .flatMap(List::stream)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
