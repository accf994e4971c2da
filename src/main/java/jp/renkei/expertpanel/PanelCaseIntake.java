package jp.renkei.expertpanel;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.expertpanel.PanelCaseAssigner.Placement;
import jp.renkei.expertpanel.composition.TumourCategory;
import jp.renkei.referral.ReferralAccepted;
import jp.renkei.referral.RequestedService;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.calendar.BusinessCalendar;
import jp.renkei.shared.tenant.HospitalScopes;

/**
 * Opens a panel case when a referral asking for expert-panel review is accepted: in the receiving hospital's
 * scope, due {@code renkei.panel.due-business-days} business days after acceptance, at the earliest meeting of its
 * (solid-tumour) panels with room ({@link PanelCaseAssigner}; late or none if need be). Once per referral, however often the event
 * is delivered (the registry redelivers after a crash): an existing case is left alone, and the unique key on
 * {@code referral_id} decides between two deliveries running at once.
 */
@Component
class PanelCaseIntake {

    private final HospitalScopes scopes;
    private final TransactionTemplate transaction;
    private final PanelCaseRepository cases;
    private final PanelCaseAssigner assigner;
    private final PanelSettings settings;
    private final BusinessCalendar calendar = BusinessCalendar.japaneseHospitals();
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PanelCaseIntake(HospitalScopes scopes, PlatformTransactionManager transactions, PanelCaseRepository cases,
            PanelCaseAssigner assigner, PanelSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.scopes = scopes;
        this.transaction = new TransactionTemplate(transactions);
        // the assigner counts a meeting's cases after waiting for its lock: it must see what the last holder committed
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.cases = cases;
        this.assigner = assigner;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
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
        LocalDate dueOn = calendar.addBusinessDays(LocalDate.ofInstant(accepted.occurredAt(), JapanTime.ZONE),
                settings.dueBusinessDays());
        // Haematological referrals cannot be told apart yet (the event carries only the OncoTree code): solid first.
        Placement placement = assigner.place(TumourCategory.SOLID, dueOn, clock.instant());
        PanelMeeting meeting = placement.meeting();
        PanelCase opening = new PanelCase(accepted.referringHospital(), accepted.receivingHospital(), referral,
                placement.panel(), meeting, accepted.cancerTypeCode(), accepted.occurredAt(), clock.instant());
        opening.dueOn(dueOn);
        PanelCase opened = cases.saveAndFlush(opening);
        events.publishEvent(AuditEvent.system("PANEL_CASE_OPENED", accepted.receivingHospital(),
                "case " + opened.id() + " referral " + accepted.referral().display()
                        + (meeting == null ? " (no meeting yet)" : " meeting " + meeting.id())
                        + (placement.late() ? " after its due date " + dueOn : "")));
    }
}
