/**
 * The OncoTree cancer types a case can name, also used by the expert panels for the cases a hospital opens for
 * its own patients (no referral to ask).
 */
@org.springframework.modulith.NamedInterface("oncotree")
package jp.renkei.referral.oncotree;
