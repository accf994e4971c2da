package jp.renkei.expertpanel;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.expertpanel.PanelCaseOpener.Opened;
import jp.renkei.referral.ReferralAccepted;
import jp.renkei.referral.RequestedService;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.tenant.HospitalScopes;

/**
 * Opens a panel case when a referral asking for expert-panel review is accepted: in the receiving hospital's
 * scope, placed by {@link PanelCaseOpener} from the day of acceptance. Once per referral, however often the event
 * is delivered (the registry redelivers after a crash): an existing case is left alone, and the unique key on
 * {@code referral_id} decides between two deliveries running at once.
 */
@Component
class PanelCaseIntake {

    private final HospitalScopes scopes;
    private final TransactionTemplate transaction;
    private final PanelCaseRepository cases;
    private final PanelCaseOpener opener;
    private final ApplicationEventPublisher events;

    PanelCaseIntake(HospitalScopes scopes, PlatformTransactionManager transactions, PanelCaseRepository cases,
            PanelCaseOpener opener, ApplicationEventPublisher events) {
        this.scopes = scopes;
        this.transaction = new TransactionTemplate(transactions);
        // the assigner counts a meeting's cases after waiting for its lock: it must see what the last holder committed
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.cases = cases;
        this.opener = opener;
        this.events = events;
    }

    // No transaction around the scope: the flush at commit must still see the hospital in scope, so the
    // transaction runs inside it.
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ReferralAccepted accepted) {
        if (!accepted.services().contains(RequestedService.EXPERT_PANEL)) {
            return;
        }
        scopes.runAs(accepted.receivingHospital(), "panel case for referral " + accepted.referral().display(), () -> {
            try {
                transaction.executeWithoutResult(status -> open(accepted));
            } catch (DataIntegrityViolationException createdByAConcurrentDelivery) {
                // the unique key on referral_id kept it to one case
            }
        });
    }

    private void open(ReferralAccepted accepted) {
        long referral = accepted.referral().value();
        if (cases.existsByReferralId(referral)) {
            return;
        }
        Opened opened = opener.open(accepted.referringHospital(), accepted.receivingHospital(), referral,
                accepted.cancerTypeCode(), accepted.occurredAt());
        PanelCase c = opened.panelCase();
        events.publishEvent(AuditEvent.system("PANEL_CASE_OPENED", accepted.receivingHospital(),
                "case " + c.id() + " referral " + accepted.referral().display()
                        + (c.meetingId() == null ? " (no meeting yet)" : " meeting " + c.meetingId())
                        + (opened.late() ? " after its due date " + c.dueOn() : "")));
    }
}
