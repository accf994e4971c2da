package jp.renkei.expertpanel.review;

/** ACMG-style classes as the sequencing report states them; the CSV carries the lower-case names. */
public enum Pathogenicity {
    PATHOGENIC, LIKELY_PATHOGENIC, VUS, BENIGN;

    /** Pathogenic and likely pathogenic variants are the ones the simplified-review conditions look at. */
    public boolean pathogenicOrLikely() {
        return this == PATHOGENIC || this == LIKELY_PATHOGENIC;
    }
}
