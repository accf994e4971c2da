package jp.renkei.ccat.completeness;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jp.renkei.ccat.ClasspathJson;

/**
 * Every version of the item list, oldest first. A revision by C-CAT is one more file listed in {@link #RESOURCES};
 * tests ordered before it keep the set of their day, and each recorded entry names the version it was made under.
 */
public final class CompletenessItemSets {

    static final List<String> RESOURCES = List.of("ccat/completeness-items-v1.json");

    private final List<CompletenessItemSet> sets;

    public CompletenessItemSets(List<CompletenessItemSet> sets) {
        this.sets = sets.stream().sorted(Comparator.comparing(CompletenessItemSet::effectiveFrom)).toList();
        if (this.sets.isEmpty()) {
            throw new IllegalArgumentException("no completeness item set");
        }
        if (this.sets.stream().map(CompletenessItemSet::version).distinct().count() != this.sets.size()) {
            throw new IllegalArgumentException("two item sets share a version");
        }
    }

    /** The sets shipped with the portal. */
    public static CompletenessItemSets bundled() {
        return new CompletenessItemSets(RESOURCES.stream()
                .map(resource -> ClasspathJson.read(resource, CompletenessItemSet.class)).toList());
    }

    /** The set in effect on {@code day}; a day before the first set gets the first one, the oldest list we have. */
    public CompletenessItemSet inEffectOn(LocalDate day) {
        CompletenessItemSet found = sets.getFirst();
        for (CompletenessItemSet set : sets) {
            if (!set.effectiveFrom().isAfter(day)) {
                found = set;
            }
        }
        return found;
    }

    public Optional<CompletenessItemSet> version(String version) {
        return sets.stream().filter(set -> set.version().equals(version)).findFirst();
    }

    public List<CompletenessItemSet> all() {
        return sets;
    }
}
