package jp.renkei.ccat.completeness;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What is known about one test for its completeness: the stage it has reached, the facts the portal holds from other
 * workflows, and the ids of the items recorded as entered in C-CAT under the set being evaluated.
 */
public record CompletenessFacts(CompletenessStage reached, Set<KnownFact> known, Set<String> entered) {

    public CompletenessFacts {
        Objects.requireNonNull(reached, "reached");
        known = known.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(known));
        entered = Set.copyOf(entered);
    }
}
