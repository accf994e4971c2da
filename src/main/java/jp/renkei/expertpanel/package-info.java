/**
 * Expert panels (エキスパートパネル): panels and their members, the membership rules in force on the day (data
 * with effective dates and cited sources), meetings signed off against those rules, and cases assigned from
 * accepted referrals. Built on the referral workflow's events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared :: demo", "shared :: audit", "shared :: calendar", "shared :: i18n", "shared :: notification", "shared :: report", "shared :: tenant", "shared :: ui",
        "shared :: workflow", "shared :: text", "shared :: live",
        "identity", "tenancy", "referral", "referral :: attachment", "referral :: oncotree" })
package jp.renkei.expertpanel;
