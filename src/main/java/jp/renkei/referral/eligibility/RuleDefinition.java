package jp.renkei.referral.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One version of one rule, as written in {@code referral/eligibility-rules.json}: which {@code kind} of rule it is,
 * the parameters that kind reads, the period it is in effect (from inclusive, to exclusive, open-ended when
 * {@code effectiveTo} is null) and the document it comes from.
 */
public record RuleDefinition(
        String id,
        String version,
        String kind,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        Map<String, Object> parameters,
        String source) {

    public RuleDefinition {
        requireText(id, "id", id);
        requireText(version, "version", id);
        requireText(kind, "kind", id);
        Objects.requireNonNull(effectiveFrom, () -> "rule " + id + ": effectiveFrom is required");
        if (effectiveTo != null && !effectiveTo.isAfter(effectiveFrom)) {
            throw new IllegalArgumentException("rule " + id + " " + version + ": effectiveTo " + effectiveTo
                    + " must be after effectiveFrom " + effectiveFrom);
        }
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        requireText(source, "source", id);
    }

    public boolean isInEffectOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || day.isBefore(effectiveTo));
    }

    EligibilityFinding finding(FindingLevel level, String messageKey, String... messageArguments) {
        return new EligibilityFinding(id, version, level, messageKey, List.of(messageArguments), source);
    }

    int integerParameter(String name) {
        if (parameter(name) instanceof Number number && number.doubleValue() == number.intValue()) {
            return number.intValue();
        }
        throw invalidParameter(name, "a whole number");
    }

    String textParameter(String name) {
        if (parameter(name) instanceof String text && !text.isBlank()) {
            return text;
        }
        throw invalidParameter(name, "a text");
    }

    List<String> textListParameter(String name) {
        if (parameter(name) instanceof List<?> values && !values.isEmpty()
                && values.stream().allMatch(value -> value instanceof String text && !text.isBlank())) {
            return values.stream().map(String.class::cast).toList();
        }
        throw invalidParameter(name, "a non-empty list of texts");
    }

    <E extends Enum<E>> Set<E> enumSetParameter(String name, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (String value : textListParameter(name)) {
            try {
                values.add(Enum.valueOf(type, value));
            } catch (IllegalArgumentException unknown) {
                throw invalidParameter(name, "a list of " + Arrays.toString(type.getEnumConstants()));
            }
        }
        return values;
    }

    private Object parameter(String name) {
        if (!parameters.containsKey(name)) {
            throw new IllegalArgumentException("rule " + id + " " + version + ": parameter " + name + " is missing"
                    + " (has " + new ArrayList<>(parameters.keySet()) + ")");
        }
        return parameters.get(name);
    }

    private IllegalArgumentException invalidParameter(String name, String expected) {
        return new IllegalArgumentException("rule " + id + " " + version + ": parameter " + name + " must be "
                + expected + ", was " + parameters.get(name));
    }

    private static void requireText(String value, String field, String id) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("rule " + id + ": " + field + " is required");
        }
    }
}
