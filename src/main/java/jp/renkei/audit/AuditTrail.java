package jp.renkei.audit;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.tenant.HospitalContext;

/**
 * Records every {@link AuditEvent} and lets auditors read the trail: network admins all of it, a hospital
 * admin only their own hospital's entries.
 */
@Service
public class AuditTrail {

    private final AuditEntryRepository entries;
    private final AuditChain chain;
    private final AuditChainVerifier verifier;
    private final ChainCheckLog checks;
    private final HospitalContext hospital;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, AuditChain chain, AuditChainVerifier verifier, ChainCheckLog checks,
            HospitalContext hospital, Clock clock) {
        this.entries = entries;
        this.chain = chain;
        this.verifier = verifier;
        this.checks = checks;
        this.hospital = hospital;
        this.clock = clock;
    }

    /**
     * Synchronous and in the caller's transaction (joins it, or opens one), written as it commits: if the entry
     * cannot be written the transaction fails, so no audit, no action, and no data returned to show.
     */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    void record(AuditEvent event) {
        chain.appendAtCommit(new AuditEntry(event, clock.instant()));
    }

    /** Walks the whole chain now and keeps the result for {@link #lastChainCheck()}. */
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    public ChainVerification verifyChain() {
        return verifyAndKeep();
    }

    /** For the command line, where nobody signs in (see {@link AuditChainCommand}). */
    ChainVerification verifyAndKeep() {
        ChainVerification result = verifier.verify();
        checks.record(result);
        return result;
    }

    @PreAuthorize("hasAnyRole('NETWORK_ADMIN', 'HOSPITAL_ADMIN')")
    public Optional<ChainVerification> lastChainCheck() {
        return checks.latest();
    }

    @PreAuthorize("hasAnyRole('NETWORK_ADMIN', 'HOSPITAL_ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditRecord> page(int offset, int limit) {
        PageRequest page = PageRequest.of(offset / limit, limit);
        return hospital.current()
                .map(h -> entries.findByHospitalIdOrderByIdDesc(h.value(), page))
                .orElseGet(() -> entries.findAllByOrderByIdDesc(page))
                .stream().map(AuditEntry::toRecord).toList();
    }

    @PreAuthorize("hasAnyRole('NETWORK_ADMIN', 'HOSPITAL_ADMIN')")
    @Transactional(readOnly = true)
    public long count() {
        return hospital.current().map(h -> entries.countByHospitalId(h.value())).orElseGet(entries::count);
    }
}
