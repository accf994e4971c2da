package jp.renkei.expertpanel.review;

import java.math.BigDecimal;

/** A variant as entered by hand or read from one CSV row, already checked: VAF in percent (0–100). */
public record VariantEntry(String gene, String alteration, BigDecimal vafPercent, Pathogenicity pathogenicity,
        boolean germlineSuspected) {
}
