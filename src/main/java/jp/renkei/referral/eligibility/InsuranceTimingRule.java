package jp.renkei.referral.eligibility;

import java.util.List;
import java.util.Set;

import jp.renkei.referral.StandardTreatmentStatus;

/** Insurance covers the test only at the listed stages of standard treatment (標準治療終了(見込み) since 2019). */
record InsuranceTimingRule(RuleDefinition definition, Set<StandardTreatmentStatus> coveredStatuses)
        implements EligibilityRule {

    static final String KIND = "INSURANCE_TIMING";
    static final String OK = "eligibility.timing.ok";
    static final String WARNING = "eligibility.timing.warning";
    static final String NOT_ENTERED = "eligibility.timing.notEntered";
    static final List<String> MESSAGE_KEYS = List.of(OK, WARNING, NOT_ENTERED);

    InsuranceTimingRule(RuleDefinition definition) {
        this(definition, definition.enumSetParameter("coveredStatuses", StandardTreatmentStatus.class));
    }

    @Override
    public List<EligibilityFinding> evaluate(EligibilityInput input, List<EligibilityFinding> findingsOfOtherRules) {
        StandardTreatmentStatus status = input.standardTreatment();
        if (status == null) {
            return List.of(definition.finding(FindingLevel.INFO, NOT_ENTERED));
        }
        return List.of(coveredStatuses.contains(status)
                ? definition.finding(FindingLevel.OK, OK)
                : definition.finding(FindingLevel.WARNING, WARNING));
    }
}
