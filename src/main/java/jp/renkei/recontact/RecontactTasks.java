package jp.renkei.recontact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.identity.CurrentActor;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.shared.workflow.ChangedConcurrently;
import jp.renkei.shared.workflow.NotFound;

/**
 * The recontact tasks of the current hospital's cases (the tenant filter keeps every other hospital's out): the
 * referring clinicians and the coordinators list them and record the contact.
 */
@Service
public class RecontactTasks {

    private final RecontactTaskRepository tasks;
    private final ApprovalStore approvals;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecontactTasks(RecontactTaskRepository tasks, ApprovalStore approvals, CurrentActor currentActor,
            ApplicationEventPublisher events, Clock clock) {
        this.tasks = tasks;
        this.approvals = approvals;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
    }

    /** Open tasks first. Names cases by number only, so it is not a read of patient data. */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR', 'HOSPITAL_ADMIN')")
    @Transactional(readOnly = true)
    public List<RecontactTaskDetails> list() {
        List<RecontactTask> found = tasks.findAllByOrderByContactedOnAscCreatedAtDesc();
        Map<Long, TherapyApproval> byId = found.stream().map(RecontactTask::approvalId).distinct()
                .map(approvals::get).collect(Collectors.toMap(TherapyApproval::id, Function.identity()));
        return found.stream().map(t -> t.details(byId.get(t.approvalId()))).toList();
    }

    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR', 'HOSPITAL_ADMIN')")
    @Transactional(readOnly = true)
    public long countOpen() {
        return tasks.countByContactedOnIsNull();
    }

    /** The patient was contacted today; {@code version} as the person saw the task. */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional
    public void markContacted(long taskId, long version) {
        Actor actor = currentActor.require();
        RecontactTask task = tasks.findById(taskId).orElseThrow(() -> new NotFound("recontact task " + taskId));
        if (task.version() != version) {
            throw new ChangedConcurrently("recontact task " + taskId);
        }
        task.contacted(LocalDate.now(clock.withZone(JapanTime.ZONE)), actor.name());
        tasks.flush();
        events.publishEvent(AuditEvent.byUser(actor.user(), actor.name(), actor.hospital(), "RECONTACT_CONTACTED",
                "recontact_task:" + taskId, null));
    }
}
