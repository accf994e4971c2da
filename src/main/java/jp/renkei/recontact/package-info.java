/**
 * Recontact (再連絡): the network admin keeps biomarker → therapy approvals with their dates and sources; when a new
 * approval matches a variant of a past panel case, the patient's referring clinician and the panel hospital's
 * coordinator each get one task and one notice naming the approval and the case. Asks the expert panels which
 * concluded cases carry the gene; never reads their tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared :: demo", "shared :: audit", "shared :: i18n", "shared :: notification", "shared :: tenant", "shared :: text",
        "shared :: ui", "shared :: workflow",
        "identity", "referral", "referral :: oncotree", "expertpanel" })
package jp.renkei.recontact;
