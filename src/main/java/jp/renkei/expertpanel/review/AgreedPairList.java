package jp.renkei.expertpanel.review;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One version of the variant–drug pairs at evidence level B/C that a panel's hospital and a liaison hospital
 * agreed may go to simplified review (condition (4) of the 2024-02-28 instruction). A later version replaces
 * the earlier one from its effective date; pairs are compared without case and surrounding spaces.
 */
public record AgreedPairList(int version, LocalDate effectiveFrom, Set<Pair> pairs) {

    public AgreedPairList {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        pairs = pairs.stream().map(Pair::normalised).collect(Collectors.toUnmodifiableSet());
    }

    public boolean contains(String gene, String alteration, String drug) {
        return pairs.contains(new Pair(gene, alteration, drug).normalised());
    }

    public record Pair(String gene, String alteration, String drug) {

        Pair normalised() {
            return new Pair(norm(gene), norm(alteration), norm(drug));
        }

        private static String norm(String text) {
            return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        }
    }
}
