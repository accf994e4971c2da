/**
 * C-CAT submission tracking (C-CAT登録): a genomic test after the referral and its milestones. The domain core
 * ({@code billing}, {@code consent}, {@code milestone}): billing points per test as dated rules with cited sources
 * ({@code ccat/billing-rules.json}: D006-19, B011-5, D004-2) and what is claimable, claimed or at risk; consent per
 * scope under immutable, hashed document versions, with the state as of any instant and whether data may be
 * submitted to C-CAT then; the test catalogue and each test's milestones with due dates in business days (Japanese
 * holidays, year-end closure) and what is overdue. On top of it: the test record ({@code ccat_test}), opened when the
 * receiving hospital orders the test and filled in from the expert panel's events, its stored milestones
 * ({@code ccat_milestone}), and {@link jp.renkei.ccat.CcatMilestoneReached} / {@link jp.renkei.ccat.CcatTreatmentRecorded}
 * for the modules that build on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared :: demo", "shared :: calendar", "shared :: audit", "shared :: tenant", "shared :: workflow",
        "shared :: notification", "shared :: text", "shared :: i18n", "shared :: ui", "shared :: live", "shared :: report",
        "identity", "tenancy", "referral", "expertpanel" })
package jp.renkei.ccat;
