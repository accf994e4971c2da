package jp.renkei.ccat.completeness;

/**
 * A test's completeness as its page shows it, and whether the viewer (the testing hospital's coordinator) may record
 * items as entered in C-CAT.
 *
 * @param itemSetSource      where the item set comes from
 * @param itemSetUnconfirmed what is not confirmed about the item set; null once it is
 */
public record TestCompleteness(long testId, Completeness completeness, String itemSetSource,
        String itemSetUnconfirmed, boolean mayRecord) {
}
