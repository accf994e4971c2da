package jp.renkei.audit;

import java.time.Instant;

/** An audit entry as the audit screen shows it. */
public record AuditRecord(long id, Instant occurredAt, String actorName, Long hospitalId, String action,
        String subject, String detail) {
}
