/**
 * Network figures (実績): turnaround per stage and treatment access, for a hospital and, for the network admin, per
 * hospital with small cells suppressed. A read model of its own ({@code insight_fact}) filled from the referral,
 * panel and C-CAT workflows' events: it holds hospital ids, dates and yes/no facts, never a patient identity, and
 * never reads another module's tables. Charts are drawn on the server (JFreeChart, PNG); the same figures download
 * as CSV.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared :: demo", "shared :: i18n", "shared :: report", "shared :: tenant", "shared :: ui", "shared :: workflow",
        "identity", "tenancy", "referral", "expertpanel", "ccat", "ccat :: milestone" })
package jp.renkei.insight;
