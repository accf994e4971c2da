package jp.renkei.ccat.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One dated version of one fee-schedule item, as written in {@code ccat/billing-rules.json}: its points, the
 * period it is in effect (from inclusive, to exclusive, open-ended when {@code effectiveTo} is null) and the
 * document it comes from.
 *
 * @param parts       how a maximum is made up (D004-2: 8,000 + 12,000); empty when the points are one amount
 * @param unconfirmed why the points or the date are not confirmed, shown with every verdict; {@code null} if they are
 */
public record BillingRule(BillingItem item, String version, LocalDate effectiveFrom, LocalDate effectiveTo,
        int points, List<Integer> parts, String source, String unconfirmed) {

    public BillingRule {
        Objects.requireNonNull(item, "item");
        requireText(version, item, "version");
        Objects.requireNonNull(effectiveFrom, () -> item.code() + " " + version + ": effectiveFrom is required");
        if (effectiveTo != null && !effectiveTo.isAfter(effectiveFrom)) {
            throw invalid(item, version, "effectiveTo " + effectiveTo + " must be after effectiveFrom " + effectiveFrom);
        }
        if (points <= 0) {
            throw invalid(item, version, "points must be positive, was " + points);
        }
        parts = parts == null ? List.of() : List.copyOf(parts);
        if (!parts.isEmpty() && parts.stream().mapToInt(Integer::intValue).sum() != points) {
            throw invalid(item, version, "parts " + parts + " do not add up to " + points + " points");
        }
        requireText(source, item, "source");
        if (unconfirmed != null && unconfirmed.isBlank()) {
            throw invalid(item, version, "unconfirmed must say what is unconfirmed, or be absent");
        }
    }

    public boolean isInEffectOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || day.isBefore(effectiveTo));
    }

    public boolean isConfirmed() {
        return unconfirmed == null;
    }

    private static void requireText(String value, BillingItem item, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("billing rule " + item.code() + ": " + field + " is required");
        }
    }

    private static IllegalArgumentException invalid(BillingItem item, String version, String problem) {
        return new IllegalArgumentException("billing rule " + item.code() + " " + version + ": " + problem);
    }
}
