package jp.renkei.expertpanel.review;

import java.util.Objects;

/** One variant of a case as the simplified-review rule reads it; {@code recommendation} null while none is made. */
public record ReviewedVariant(String gene, String alteration, Pathogenicity pathogenicity, boolean germlineSuspected,
        Recommendation recommendation) {

    public ReviewedVariant {
        Objects.requireNonNull(gene, "gene");
        Objects.requireNonNull(alteration, "alteration");
        Objects.requireNonNull(pathogenicity, "pathogenicity");
    }

    public String label() {
        return gene + " " + alteration;
    }
}
