package jp.renkei.expertpanel.composition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The rule sets shipped in {@code expertpanel/composition-rules.json}; picks the one in force for a review. */
public final class CompositionRules {

    public static final String RESOURCE = "expertpanel/composition-rules.json";

    // strict, so a misspelt field fails at start-up instead of silently relaxing a requirement
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final List<CompositionRuleSet> ruleSets;

    public CompositionRules(List<CompositionRuleSet> ruleSets) {
        this.ruleSets = List.copyOf(ruleSets);
        for (CompositionRuleSet a : this.ruleSets) {
            for (CompositionRuleSet b : this.ruleSets) {
                if (a != b && a.tumourCategory() == b.tumourCategory() && overlap(a, b)) {
                    throw new IllegalStateException("Rule sets " + a.id() + " and " + b.id() + " overlap in time");
                }
            }
        }
    }

    public static CompositionRules shipped() {
        try (InputStream in = CompositionRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Panel composition rules not found: " + RESOURCE);
            }
            return new CompositionRules(MAPPER.readValue(in, Document.class).ruleSets());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    public List<CompositionRuleSet> all() {
        return ruleSets;
    }

    public Optional<CompositionRuleSet> inForce(ReviewCircumstances review) {
        return ruleSets.stream().filter(set -> set.inForce(review)).findFirst();
    }

    private static boolean overlap(CompositionRuleSet a, CompositionRuleSet b) {
        boolean aEndsBeforeB = a.effectiveTo() != null && a.effectiveTo().isBefore(b.effectiveFrom());
        boolean bEndsBeforeA = b.effectiveTo() != null && b.effectiveTo().isBefore(a.effectiveFrom());
        return !aEndsBeforeB && !bEndsBeforeA;
    }

    record Document(List<CompositionRuleSet> ruleSets) {
    }
}
