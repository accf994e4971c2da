package jp.renkei.ccat.completeness;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One version of C-CAT's clinical item list, as read from {@code ccat/completeness-items-<version>.json}: the day
 * it applies from (a test is judged by the set in effect on the day it was ordered), where it comes from, why it is
 * not confirmed ({@code null} once it is) and its items in C-CAT's order.
 */
public record CompletenessItemSet(String version, LocalDate effectiveFrom, String source, String unconfirmed,
        List<CompletenessItem> items) {

    public CompletenessItemSet {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("an item set needs a version");
        }
        Objects.requireNonNull(effectiveFrom, () -> "item set " + version + ": effectiveFrom is required");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("item set " + version + ": source is required");
        }
        if (unconfirmed != null && unconfirmed.isBlank()) {
            throw new IllegalArgumentException("item set " + version + ": unconfirmed must say what, or be absent");
        }
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("item set " + version + " has no items");
        }
        Set<String> ids = new HashSet<>();
        for (CompletenessItem item : items) {
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException("item set " + version + " lists item " + item.id() + " twice");
            }
        }
    }

    public boolean isConfirmed() {
        return unconfirmed == null;
    }

    public boolean has(String itemId) {
        return items.stream().anyMatch(item -> item.id().equals(itemId));
    }
}
