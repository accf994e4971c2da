package jp.renkei.referral;

/** What kind of test a prior test was: only an insured CGP panel uses up the once-per-lifetime coverage. */
public enum PriorTestKind {
    /** Comprehensive genomic profiling (がん遺伝子パネル検査). */
    CGP_PANEL,
    /** A single-gene or few-gene companion diagnostic (コンパニオン診断), e.g. BRACAnalysis. */
    COMPANION_DIAGNOSTIC,
    OTHER
}
