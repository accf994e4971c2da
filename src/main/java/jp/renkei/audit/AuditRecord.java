package jp.renkei.audit;

import java.time.Instant;

/**
 * An audit entry as the audit screen shows it. Role (codes), source address and client are null where the entry
 * came from no web request (the portal itself) or was written before they were recorded.
 */
public record AuditRecord(long id, Instant occurredAt, String actorName, String actorRole, Long hospitalId,
        String action, String subject, String detail, String sourceAddress, String client) {
}
