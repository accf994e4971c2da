package jp.renkei.counseling;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.expertpanel.SecondaryFindingRaised;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.tenant.HospitalScopes;

/**
 * Raises a counseling request for the referring hospital when a panel report carries a secondary finding. Once per
 * case however often the event is delivered (the registry redelivers after a crash): an existing request is left
 * alone, and the unique key on the case decides between two deliveries running at once.
 */
@Component
class PanelFollowUpIntake {

    private final HospitalScopes scopes;
    private final TransactionTemplate transaction;
    private final PanelFollowUpRequestRepository requests;
    private final ApplicationEventPublisher events;

    PanelFollowUpIntake(HospitalScopes scopes, PlatformTransactionManager transactions,
            PanelFollowUpRequestRepository requests, ApplicationEventPublisher events) {
        this.scopes = scopes;
        this.transaction = new TransactionTemplate(transactions);
        this.requests = requests;
        this.events = events;
    }

    // No transaction around the scope: the flush at commit must still see the hospital in scope.
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(SecondaryFindingRaised raised) {
        scopes.runAs(raised.referringHospital(), "counseling request for panel case " + raised.caseId(), () -> {
            try {
                transaction.executeWithoutResult(status -> raise(raised));
            } catch (DataIntegrityViolationException raisedByAConcurrentDelivery) {
                // the unique key on panel_case_id kept it to one request
            }
        });
    }

    private void raise(SecondaryFindingRaised raised) {
        if (requests.findByPanelCaseId(raised.caseId()).isPresent()) {
            return;
        }
        PanelFollowUpRequest request = requests.saveAndFlush(new PanelFollowUpRequest(raised));
        events.publishEvent(AuditEvent.system("COUNSELING_FOLLOW_UP_RAISED", raised.referringHospital(),
                "request " + request.id() + " panel case " + raised.caseId() + " " + raised.genes()));
    }
}
