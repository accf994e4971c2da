/**
 * The audit event every module publishes; the audit module records it in the publisher's transaction.
 */
@org.springframework.modulith.NamedInterface("audit")
package jp.renkei.shared.audit;
