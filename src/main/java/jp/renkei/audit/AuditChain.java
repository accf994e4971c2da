package jp.renkei.audit;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends entries to the hash chain. Appends are serialised by the database, so two application nodes
 * writing at once still form one chain: each locks the single chain-head row ({@code SELECT … FOR UPDATE}),
 * links its entries behind the last one, inserts them and moves the head, all in its own transaction. A
 * sequence could number entries but not hand over the previous hash; the head row does both.
 * <p>
 * The head is locked as the transaction commits, after its own changes are flushed: a transaction holding the
 * head then never waits for another lock (no deadlock with row locks taken in other orders), and holds it only
 * for the moment of the commit. The entries still commit or roll back with the action they record.
 */
@Component
class AuditChain {

    @PersistenceContext
    private EntityManager entityManager;

    /** Queues the entry to be chained when the current transaction commits. */
    void appendAtCommit(AuditEntry entry) {
        TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(PendingAuditEntries.class::isInstance).map(PendingAuditEntries.class::cast)
                .filter(PendingAuditEntries::open).findFirst()
                .orElseGet(this::pendingForThisTransaction)
                .add(entry);
    }

    private PendingAuditEntries pendingForThisTransaction() {
        if (TransactionSynchronizationManager.getSynchronizations().stream()
                .anyMatch(PendingAuditEntries.class::isInstance)) {
            // recorded while this transaction commits (after its queue was written): too late to queue
            return PendingAuditEntries.immediate(this);
        }
        PendingAuditEntries pending = new PendingAuditEntries(this);
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    void append(List<AuditEntry> entries) {
        entityManager.flush();
        Object[] head = (Object[]) entityManager.createNativeQuery(
                "SELECT last_entry_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE").getSingleResult();
        Long lastId = head[0] == null ? null : ((Number) head[0]).longValue();
        String lastHash = (String) head[1];
        for (AuditEntry entry : entries) {
            lastHash = entry.chainAfter(lastId, lastHash);
            entityManager.persist(entry); // an identity column: inserted now, so its id is known
            lastId = entry.id();
        }
        entityManager.createNativeQuery("UPDATE audit_chain_head SET last_entry_id = ?, last_hash = ? WHERE id = 1")
                .setParameter(1, lastId).setParameter(2, lastHash).executeUpdate();
    }
}
