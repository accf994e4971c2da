package jp.renkei.audit;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.SignedInUser;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.audit.PatientOfHospital;
import jp.renkei.shared.audit.PatientRecordSubjects;
import jp.renkei.shared.audit.PatientReferrals;
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
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final PatientReferrals patientReferrals;
    private final List<PatientRecordSubjects> patientRecords;
    private final AuditOrigin origin;

    AuditTrail(AuditEntryRepository entries, AuditChain chain, AuditChainVerifier verifier, ChainCheckLog checks,
            HospitalContext hospital, Clock clock, CurrentUser currentUser, ApplicationEventPublisher events,
            PatientReferrals patientReferrals, List<PatientRecordSubjects> patientRecords, AuditOrigin origin) {
        this.entries = entries;
        this.chain = chain;
        this.verifier = verifier;
        this.checks = checks;
        this.hospital = hospital;
        this.clock = clock;
        this.currentUser = currentUser;
        this.events = events;
        this.patientReferrals = patientReferrals;
        this.patientRecords = List.copyOf(patientRecords);
        this.origin = origin;
    }

    /**
     * Synchronous and in the caller's transaction (joins it, or opens one), written as it commits: if the entry
     * cannot be written the transaction fails, so no audit, no action, and no data returned to show.
     */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    void record(AuditEvent event) {
        chain.appendAtCommit(new AuditEntry(event, origin.of(event), clock.instant()));
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

    /** The newest entries first: the whole network for its auditors, the own hospital for a hospital admin. */
    @PreAuthorize("hasAnyRole('NETWORK_ADMIN', 'HOSPITAL_ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditRecord> page(int offset, int limit) {
        return search(new AuditQuery(AuditSearch.everything(), hospital.current().orElse(null), null), offset, limit);
    }

    /**
     * Prepares a search for paging. A patient's history is the hospital admin's: it covers every hospital's actions
     * on the records of the hospital's patient, and looking it up is itself audited, once.
     */
    @PreAuthorize("hasAnyRole('NETWORK_ADMIN', 'HOSPITAL_ADMIN')")
    @Transactional
    public AuditQuery query(AuditSearch search) {
        HospitalId own = hospital.current().orElse(null);
        if (!search.forPatient() || own == null) { // the network's auditors have no patient IDs to search by
            return new AuditQuery(search, own, null);
        }
        PatientOfHospital patient = new PatientOfHospital(own, search.hospitalPatientId(),
                patientReferrals.referralsOf(own, search.hospitalPatientId()));
        List<String> subjects = patientRecords.stream().flatMap(r -> r.subjectsOf(patient).stream()).toList();
        audit("AUDIT_PATIENT_HISTORY_VIEWED", "patient:" + search.hospitalPatientId(), subjects.size() + " records");
        return new AuditQuery(search, own, subjects);
    }

    /** The entries the query matches, newest first. */
    @PreAuthorize("hasAnyRole('NETWORK_ADMIN', 'HOSPITAL_ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditRecord> search(AuditQuery query, int offset, int limit) {
        Sort newestFirst = Sort.by(Sort.Direction.DESC, "id");
        // a slice, not a page: the trail grows by every read of patient data, and a page would count all of it
        // the order goes in the page request: slice(...) sorts by its Pageable, whatever sortBy said before
        return entries.findBy(specification(query), q -> q.slice(PageRequest.of(offset / limit, limit, newestFirst)))
                .stream().map(AuditEntry::toRecord).toList();
    }

    /** What the query matches as a spreadsheet (at most {@value AuditCsv#MAX_ROWS} rows); the export is audited. */
    @PreAuthorize("hasAnyRole('NETWORK_ADMIN', 'HOSPITAL_ADMIN')")
    @Transactional
    public byte[] exportCsv(AuditQuery query) {
        List<AuditRecord> rows = search(query, 0, AuditCsv.MAX_ROWS);
        audit("AUDIT_EXPORTED", query.search().forPatient() ? "patient:" + query.search().hospitalPatientId() : null,
                rows.size() + " entries");
        return AuditCsv.of(rows);
    }

    private Specification<AuditEntry> specification(AuditQuery query) {
        HospitalId own = hospital.current().orElse(null);
        if (!java.util.Objects.equals(own, query.hospital())) {
            throw new AccessDeniedException("an audit query prepared for another hospital");
        }
        return AuditSpecifications.matching(query.search(), own, query.patientSubjects());
    }

    private void audit(String action, String subject, String detail) {
        SignedInUser user = currentUser.require();
        events.publishEvent(AuditEvent.byUser(user.id(), user.displayName(), hospital.current().orElse(null), action,
                subject, detail));
    }
}
