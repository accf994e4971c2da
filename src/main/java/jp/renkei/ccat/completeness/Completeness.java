package jp.renkei.ccat.completeness;

import java.util.List;

/**
 * A test's completeness under one item-set version: every item required at the stage reached, in the set's order,
 * with where it stands. Items of later stages are not counted yet.
 */
public record Completeness(String itemSetVersion, boolean itemSetConfirmed, CompletenessStage reached,
        List<ItemCheck> required) {

    public Completeness {
        required = List.copyOf(required);
    }

    public int filled() {
        return (int) required.stream().filter(check -> check.state().filled()).count();
    }

    public int total() {
        return required.size();
    }

    public List<CompletenessItem> missing() {
        return required.stream().filter(check -> !check.state().filled()).map(ItemCheck::item).toList();
    }

    public boolean complete() {
        return filled() == total();
    }
}
