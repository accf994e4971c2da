/**
 * Referrals (紹介): a liaison clinician refers a patient to a partner core or designated hospital for a
 * gene-panel test, genetic counseling and/or expert-panel review; both hospitals follow it to closure.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared :: demo", "shared :: audit", "shared :: calendar", "shared :: i18n",
        "shared :: notification", "shared :: report", "shared :: tenant", "shared :: ui", "shared :: workflow", "shared :: text", "shared :: live",
        "identity", "tenancy" })
package jp.renkei.referral;
