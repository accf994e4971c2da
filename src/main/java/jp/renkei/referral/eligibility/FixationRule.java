package jp.renkei.referral.eligibility;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Tissue should be fixed in the recommended fixative; other fixatives damage nucleic acids. */
record FixationRule(RuleDefinition definition, SpecimenTypes specimenTypes, String recommended,
        List<String> acceptedSpellings) implements EligibilityRule {

    static final String KIND = "FIXATION";
    static final String OK = "eligibility.fixation.ok";
    static final String WARNING = "eligibility.fixation.warning";
    static final String NOT_ENTERED = "eligibility.fixation.notEntered";
    static final List<String> MESSAGE_KEYS = List.of(OK, WARNING, NOT_ENTERED);

    FixationRule(RuleDefinition definition) {
        this(definition, SpecimenTypes.of(definition), definition.textParameter("recommendedFixative"),
                definition.textListParameter("acceptedSpellings").stream().map(FixationRule::normalized).toList());
    }

    @Override
    public List<EligibilityFinding> evaluate(EligibilityInput input, List<EligibilityFinding> findingsOfOtherRules) {
        if (specimenTypes.skip(input)) {
            return List.of();
        }
        String fixation = input.fixation();
        if (fixation == null || fixation.isBlank()) {
            return List.of(definition.finding(FindingLevel.INFO, NOT_ENTERED));
        }
        boolean recommendedFixative = acceptedSpellings.contains(normalized(fixation));
        return List.of(definition.finding(recommendedFixative ? FindingLevel.OK : FindingLevel.WARNING,
                recommendedFixative ? OK : WARNING, fixation.strip(), recommended));
    }

    /** Full-width digits, case and spaces vary with who typed it: "１０％ 中性緩衝ホルマリン" is the same fixative. */
    private static String normalized(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
