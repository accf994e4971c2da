package jp.renkei.referral.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads the rule definitions from a JSON resource on the classpath: {@code {"rules": [ ... ]}}. */
final class RuleDefinitionsResource {

    // strict, so a misspelt field name fails at start-up instead of silently dropping a parameter or a date
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    record RulesDocument(List<RuleDefinition> rules) {
    }

    private RuleDefinitionsResource() {
    }

    static List<RuleDefinition> load(String resource) {
        try (InputStream in = RuleDefinitionsResource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Eligibility rules not found on the classpath: " + resource);
            }
            RulesDocument document = MAPPER.readValue(in, RulesDocument.class);
            if (document.rules() == null || document.rules().isEmpty()) {
                throw new IllegalStateException("No eligibility rules in " + resource);
            }
            return document.rules();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read eligibility rules " + resource, e);
        }
    }
}
