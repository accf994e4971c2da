package jp.renkei.expertpanel;

import java.util.List;

import jp.renkei.expertpanel.review.SimplifiedReviewVerdict;

/** The case page: its header, its variants and whether it may go to simplified review today, with reasons. */
public record PanelCaseWorkspace(PanelCaseSummary summary, List<VariantDetails> variants,
        SimplifiedReviewVerdict simplifiedReview, boolean editable) {
}
