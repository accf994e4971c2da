package jp.renkei.referral.eligibility;

import java.util.List;

/** Too few tumour cells in the tissue and variants fall below the test's detection limit. */
record TumourCellularityRule(RuleDefinition definition, SpecimenTypes specimenTypes, int minPercent)
        implements EligibilityRule {

    static final String KIND = "TUMOUR_CELLULARITY";
    static final String OK = "eligibility.tumourCellularity.ok";
    static final String WARNING = "eligibility.tumourCellularity.warning";
    static final String NOT_ENTERED = "eligibility.tumourCellularity.notEntered";
    static final List<String> MESSAGE_KEYS = List.of(OK, WARNING, NOT_ENTERED);

    TumourCellularityRule(RuleDefinition definition) {
        this(definition, SpecimenTypes.of(definition), definition.integerParameter("minPercent"));
    }

    @Override
    public List<EligibilityFinding> evaluate(EligibilityInput input, List<EligibilityFinding> findingsOfOtherRules) {
        if (specimenTypes.skip(input)) {
            return List.of();
        }
        Integer percent = input.tumourCellularityPercent();
        if (percent == null) {
            return List.of(definition.finding(FindingLevel.INFO, NOT_ENTERED));
        }
        boolean enough = percent >= minPercent;
        return List.of(definition.finding(enough ? FindingLevel.OK : FindingLevel.WARNING, enough ? OK : WARNING,
                String.valueOf(percent), String.valueOf(minPercent)));
    }
}
