package jp.renkei.referral.eligibility;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When another rule (the insurance timing rule) warns, points to the self-paid 先進医療A route, which only
 * designated facilities offer.
 */
record AdvancedCareRouteRule(RuleDefinition definition, String warnedByRuleId, int selfPayYen)
        implements EligibilityRule {

    static final String KIND = "ADVANCED_CARE_ROUTE";
    static final String AVAILABLE = "eligibility.advancedCare.available";
    static final String NOT_OFFERED = "eligibility.advancedCare.notOffered";
    static final List<String> MESSAGE_KEYS = List.of(AVAILABLE, NOT_OFFERED);

    AdvancedCareRouteRule(RuleDefinition definition) {
        this(definition, definition.textParameter("whenWarnedBy"), definition.integerParameter("selfPayYen"));
    }

    @Override
    public Optional<String> reactsTo() {
        return Optional.of(warnedByRuleId);
    }

    @Override
    public List<EligibilityFinding> evaluate(EligibilityInput input, List<EligibilityFinding> findingsOfOtherRules) {
        boolean insuranceRouteClosed = findingsOfOtherRules.stream().anyMatch(finding ->
                finding.ruleId().equals(warnedByRuleId) && finding.level() == FindingLevel.WARNING);
        if (!insuranceRouteClosed) {
            return List.of();
        }
        String yen = String.format(Locale.ROOT, "%,d", selfPayYen);
        return List.of(definition.finding(FindingLevel.INFO,
                input.receivingHospitalOffersAdvancedCare() ? AVAILABLE : NOT_OFFERED, yen));
    }
}
