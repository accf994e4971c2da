package jp.renkei.referral;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.workflow.Actor;

/**
 * Every step a person takes on a referral goes to the audit trail, in the step's own transaction (a failed audit
 * write fails the step). The overdue job's notices are not a person's step and are not audited here.
 */
@Component
class ReferralAudit {

    private final ApplicationEventPublisher events;

    ReferralAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(ReferralEvent event) {
        if (event.actor().isSystem()) {
            return;
        }
        Actor actor = event.actor();
        ReferralStep step = ReferralSteps.of(event);
        events.publishEvent(AuditEvent.byUser(actor.user(), actor.name(), actor.hospital(), "REFERRAL_" + step.name(),
                "referral:" + event.referral().display(), detailOf(event)));
    }

    private static String detailOf(ReferralEvent event) {
        return switch (event) {
            case ReferralScheduled s -> s.visit().date() + (s.visit().time() == null ? "" : " " + s.visit().time());
            case ReferralTestOrdered t -> t.testName();
            default -> null;
        };
    }
}
