package jp.renkei.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import jp.renkei.shared.audit.AuditEvent;

/**
 * One line of the trail. Immutable: Hibernate never issues an UPDATE for it. Not tenant-filtered because
 * network auditors read across hospitals; {@link AuditTrail} narrows hospital admins to their own hospital.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_user_id")
    private Long actorUserId;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(name = "hospital_id")
    private Long hospitalId;

    @Column(nullable = false)
    private String action;

    private String subject;

    private String detail;

    @Column(name = "actor_role")
    private String actorRole;

    @Column(name = "source_address")
    private String sourceAddress;

    private String client;

    @Column(name = "previous_id")
    private Long previousId;

    @Column(name = "entry_hash", nullable = false)
    private String entryHash;

    protected AuditEntry() {
    }

    AuditEntry(AuditEvent event, AuditOrigin.Origin origin, java.time.Instant at) {
        // the database keeps microseconds: the hash must cover what is stored
        this.occurredAt = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.actorUserId = event.actor() == null ? null : event.actor().value();
        this.actorName = event.actorName() == null ? "?" : event.actorName();
        this.hospitalId = event.hospital() == null ? null : event.hospital().value();
        this.action = event.action();
        this.subject = truncate(event.subject(), 200);
        this.detail = truncate(event.detail(), 1000);
        this.actorRole = truncate(origin.actorRole(), 200);
        this.sourceAddress = truncate(origin.sourceAddress(), 64);
        this.client = truncate(origin.client(), 300);
    }

    /** Links this entry behind the chain's last one; called once, under the chain head's lock. */
    String chainAfter(Long previousEntryId, String previousHash) {
        this.previousId = previousEntryId;
        this.entryHash = new AuditChainContent(previousId, occurredAt, actorUserId, actorName, hospitalId, action,
                subject, detail, actorRole, sourceAddress, client).hashAfter(previousHash);
        return entryHash;
    }

    Long id() {
        return id;
    }

    AuditRecord toRecord() {
        return new AuditRecord(id, occurredAt, actorName, actorRole, hospitalId, action, subject, detail,
                sourceAddress, client);
    }

    private static String truncate(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        // never half a surrogate pair: the database would store '?' and the hash would no longer match
        return value.substring(0, Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max);
    }
}
