package jp.renkei.referral.eligibility;

import java.util.List;

/** A patient too unwell for further drug therapy cannot benefit from the result (ECOG above {@code maxEcog}). */
record PerformanceStatusRule(RuleDefinition definition, int maxEcog) implements EligibilityRule {

    static final String KIND = "PERFORMANCE_STATUS";
    static final String OK = "eligibility.performanceStatus.ok";
    static final String WARNING = "eligibility.performanceStatus.warning";
    static final String NOT_ENTERED = "eligibility.performanceStatus.notEntered";
    static final List<String> MESSAGE_KEYS = List.of(OK, WARNING, NOT_ENTERED);

    PerformanceStatusRule(RuleDefinition definition) {
        this(definition, definition.integerParameter("maxEcog"));
    }

    @Override
    public List<EligibilityFinding> evaluate(EligibilityInput input, List<EligibilityFinding> findingsOfOtherRules) {
        Integer ecog = input.ecogPerformanceStatus();
        if (ecog == null) {
            return List.of(definition.finding(FindingLevel.INFO, NOT_ENTERED));
        }
        boolean fitEnough = ecog <= maxEcog;
        return List.of(definition.finding(fitEnough ? FindingLevel.OK : FindingLevel.WARNING,
                fitEnough ? OK : WARNING, String.valueOf(ecog), String.valueOf(maxEcog)));
    }
}
