package jp.renkei.recontact;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.expertpanel.ConcludedVariant;
import jp.renkei.expertpanel.ConcludedVariants;
import jp.renkei.shared.Role;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.notification.Notice;
import jp.renkei.shared.tenant.HospitalScopes;

/**
 * Matches a recorded approval against the variants of every concluded panel case and raises one task per matching
 * case, with a notice to the referring hospital's clinicians and the panel hospital's coordinators. Each task is
 * written in the referring hospital's scope in a transaction of its own; the unique key on (approval, case)
 * decides between two deliveries or two nodes at once, and the loser's notices roll back with it.
 */
@Component
class RecontactMatcher {

    private final ApprovalStore approvals;
    private final ConcludedVariants variants;
    private final RecontactTaskRepository tasks;
    private final HospitalScopes scopes;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecontactMatcher(ApprovalStore approvals, ConcludedVariants variants, RecontactTaskRepository tasks,
            HospitalScopes scopes, PlatformTransactionManager transactions, ApplicationEventPublisher events,
            Clock clock) {
        this.approvals = approvals;
        this.variants = variants;
        this.tasks = tasks;
        this.scopes = scopes;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TherapyApprovalRecorded recorded) {
        raise(recorded.approvalId());
    }

    /** Returns how many tasks this call created (0 when they all existed). */
    int raise(long approvalId) {
        TherapyApproval approval = approvals.get(approvalId);
        Map<Long, ConcludedVariant> cases = new LinkedHashMap<>();
        List<ConcludedVariant> candidates = variants.ofGene(approval.gene());
        candidates.stream().filter(v -> ApprovalMatch.matches(approval, v)).forEach(v -> cases.putIfAbsent(v.caseId(), v));
        int created = 0;
        for (ConcludedVariant variant : cases.values()) {
            created += raiseOnce(approval, variant) ? 1 : 0;
        }
        return created;
    }

    private boolean raiseOnce(TherapyApproval approval, ConcludedVariant variant) {
        return scopes.callAs(variant.referringHospital(), "recontact for case " + variant.caseId(), () -> {
            try {
                return Boolean.TRUE.equals(transaction.execute(status -> create(approval, variant)));
            } catch (DataIntegrityViolationException raisedByAnotherDelivery) {
                return false;
            }
        });
    }

    private boolean create(TherapyApproval approval, ConcludedVariant variant) {
        Instant now = clock.instant();
        RecontactTask task = tasks.saveAndFlush(new RecontactTask(approval.id(), variant, now));
        List<String> arguments = List.of(approval.drug(), variant.gene() + " " + variant.alteration(),
                RecontactTaskDetails.caseLabel(variant.caseId(), variant.referralId()));
        if (!variant.referringHospital().equals(variant.panelHospital())) {
            events.publishEvent(new Notice(variant.referringHospital(), Role.LIAISON_CLINICIAN,
                    "recontact.notice", arguments, "recontact"));
        }
        events.publishEvent(new Notice(variant.panelHospital(), Role.CORE_COORDINATOR, "recontact.notice", arguments,
                "recontact"));
        events.publishEvent(AuditEvent.system("RECONTACT_TASK_RAISED", variant.referringHospital(),
                "task " + task.details(approval).id() + " approval " + approval.id() + " case " + variant.caseId()));
        return true;
    }
}
