package jp.renkei.expertpanel;

import java.math.BigDecimal;

import jp.renkei.expertpanel.review.Pathogenicity;
import jp.renkei.expertpanel.review.Recommendation;

/** A case's variant as the workspace shows it; {@code recommendation} null until the panel makes one. */
public record VariantDetails(long id, String gene, String alteration, BigDecimal vafPercent,
        Pathogenicity pathogenicity, boolean germlineSuspected, Recommendation recommendation, long version) {
}
