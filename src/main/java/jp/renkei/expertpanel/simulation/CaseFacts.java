package jp.renkei.expertpanel.simulation;

import java.util.List;

import jp.renkei.expertpanel.review.ReviewedVariant;

/** What the proposal looks at in a case: its OncoTree code (may be null), whether it is solid, and its variants. */
public record CaseFacts(String cancerTypeCode, boolean solidTumour, List<ReviewedVariant> variants) {

    public CaseFacts {
        variants = List.copyOf(variants);
    }
}
