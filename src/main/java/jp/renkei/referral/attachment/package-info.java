/**
 * Inspection of uploaded files (size, type by content, safe file name), also used for the reports attached to
 * panel cases.
 */
@org.springframework.modulith.NamedInterface("attachment")
package jp.renkei.referral.attachment;
