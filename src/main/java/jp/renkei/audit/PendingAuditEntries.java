package jp.renkei.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;

/** The audit entries of one transaction, chained just before it commits (the last thing it does). */
final class PendingAuditEntries implements TransactionSynchronization {

    private final AuditChain chain;
    private final List<AuditEntry> entries = new ArrayList<>();
    private boolean open = true;

    PendingAuditEntries(AuditChain chain) {
        this.chain = chain;
    }

    /** For an entry recorded after the queue was written: chained at once. */
    static PendingAuditEntries immediate(AuditChain chain) {
        PendingAuditEntries pending = new PendingAuditEntries(chain);
        pending.open = false;
        return pending;
    }

    boolean open() {
        return open;
    }

    void add(AuditEntry entry) {
        if (open) {
            entries.add(entry);
        } else {
            chain.append(List.of(entry));
        }
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        open = false;
        if (!entries.isEmpty()) {
            chain.append(entries);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
