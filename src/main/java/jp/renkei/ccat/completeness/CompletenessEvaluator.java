package jp.renkei.ccat.completeness;

import java.util.List;

/**
 * Says how complete a test's clinical data are: an item counts as filled when the portal already knows it (never
 * typed twice) or when it was recorded as entered in C-CAT; the rest are missing, by name.
 */
public final class CompletenessEvaluator {

    public Completeness evaluate(CompletenessItemSet set, CompletenessFacts facts) {
        List<ItemCheck> required = set.items().stream()
                .filter(item -> item.stage().requiredAt(facts.reached()))
                .map(item -> new ItemCheck(item, state(item, facts)))
                .toList();
        return new Completeness(set.version(), set.isConfirmed(), facts.reached(), required);
    }

    private static ItemState state(CompletenessItem item, CompletenessFacts facts) {
        if (item.knownFrom() != null && facts.known().contains(item.knownFrom())) {
            return ItemState.KNOWN_FROM_WORKFLOW;
        }
        return facts.entered().contains(item.id()) ? ItemState.ENTERED : ItemState.MISSING;
    }
}
