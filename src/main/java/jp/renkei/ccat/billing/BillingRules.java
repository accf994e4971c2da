package jp.renkei.ccat.billing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.renkei.ccat.ClasspathJson;

/**
 * The fee-schedule rules over time. The versions of one item may not overlap, so exactly one (or none) is in
 * effect on any day; the next revision is one more entry in the data file, and older tests keep their day's rule.
 */
public final class BillingRules {

    static final String RESOURCE = "ccat/billing-rules.json";

    record RulesDocument(List<BillingRule> rules) {
    }

    private final Map<BillingItem, List<BillingRule>> versionsByItem;

    public BillingRules(List<BillingRule> rules) {
        Map<BillingItem, List<BillingRule>> byItem = rules.stream().collect(Collectors.groupingBy(BillingRule::item,
                () -> new EnumMap<>(BillingItem.class), Collectors.toList()));
        byItem.replaceAll((item, versions) -> versions.stream()
                .sorted(Comparator.comparing(BillingRule::effectiveFrom)).toList());
        byItem.values().forEach(BillingRules::rejectOverlaps);
        this.versionsByItem = byItem;
    }

    /** The rules shipped in {@value #RESOURCE}. */
    public static BillingRules bundled() {
        return new BillingRules(load(RESOURCE));
    }

    public Optional<BillingRule> inEffectOn(BillingItem item, LocalDate day) {
        return versionsByItem.getOrDefault(item, List.of()).stream().filter(rule -> rule.isInEffectOn(day)).findFirst();
    }

    public List<BillingRule> versionsOf(BillingItem item) {
        return versionsByItem.getOrDefault(item, List.of());
    }

    static List<BillingRule> load(String resource) {
        RulesDocument document = ClasspathJson.read(resource, RulesDocument.class);
        if (document.rules() == null || document.rules().isEmpty()) {
            throw new IllegalStateException("No billing rules in " + resource);
        }
        return document.rules();
    }

    private static void rejectOverlaps(List<BillingRule> versions) {
        for (int i = 1; i < versions.size(); i++) {
            BillingRule earlier = versions.get(i - 1);
            BillingRule later = versions.get(i);
            if (earlier.effectiveTo() == null || earlier.effectiveTo().isAfter(later.effectiveFrom())) {
                // otherwise which version applies on the overlapping days would depend on the file's order
                throw new IllegalArgumentException("billing rule " + later.item().code() + ": version "
                        + earlier.version() + " is still in effect when version " + later.version()
                        + " takes effect on " + later.effectiveFrom());
            }
        }
    }
}
