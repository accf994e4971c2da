package jp.renkei.referral.eligibility;

import java.util.List;

/** Insurance pays for one profiling test per patient per lifetime (一生に一回). */
record OncePerLifetimeRule(RuleDefinition definition) implements EligibilityRule {

    static final String KIND = "ONCE_PER_LIFETIME";
    static final String OK = "eligibility.oncePerLifetime.ok";
    static final String WARNING = "eligibility.oncePerLifetime.warning";
    static final List<String> MESSAGE_KEYS = List.of(OK, WARNING);

    @Override
    public List<EligibilityFinding> evaluate(EligibilityInput input, List<EligibilityFinding> findingsOfOtherRules) {
        return List.of(input.priorInsuredCgpTest()
                ? definition.finding(FindingLevel.WARNING, WARNING)
                : definition.finding(FindingLevel.OK, OK));
    }
}
