package jp.renkei.ccat.completeness;

import java.util.Objects;

/** One required item of one test and where it stands. */
public record ItemCheck(CompletenessItem item, ItemState state) {

    public ItemCheck {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(state, "state");
    }
}
