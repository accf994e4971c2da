package jp.renkei.referral.eligibility;

import java.time.LocalDate;
import java.util.List;

/** Old FFPE blocks yield degraded DNA: the specimen should be at most {@code maxYears} old on the assessment day. */
record SpecimenAgeRule(RuleDefinition definition, SpecimenTypes specimenTypes, int maxYears)
        implements EligibilityRule {

    static final String KIND = "SPECIMEN_AGE";
    static final String OK = "eligibility.specimenAge.ok";
    static final String WARNING = "eligibility.specimenAge.warning";
    static final String NOT_ENTERED = "eligibility.specimenAge.notEntered";
    static final List<String> MESSAGE_KEYS = List.of(OK, WARNING, NOT_ENTERED);

    SpecimenAgeRule(RuleDefinition definition) {
        this(definition, SpecimenTypes.of(definition), definition.integerParameter("maxYears"));
    }

    @Override
    public List<EligibilityFinding> evaluate(EligibilityInput input, List<EligibilityFinding> findingsOfOtherRules) {
        if (specimenTypes.skip(input)) {
            return List.of();
        }
        LocalDate collectedOn = input.specimenCollectedOn();
        if (collectedOn == null) {
            return List.of(definition.finding(FindingLevel.INFO, NOT_ENTERED));
        }
        boolean recentEnough = !collectedOn.plusYears(maxYears).isBefore(input.assessedOn());
        return List.of(definition.finding(recentEnough ? FindingLevel.OK : FindingLevel.WARNING,
                recentEnough ? OK : WARNING, collectedOn.toString(), String.valueOf(maxYears)));
    }
}
