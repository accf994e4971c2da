/**
 * Referrals (紹介): a liaison clinician refers a patient to a partner core or designated hospital for a
 * gene-panel test, genetic counseling and/or expert-panel review; both hospitals follow it to closure.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "tenancy" })
package jp.renkei.referral;
