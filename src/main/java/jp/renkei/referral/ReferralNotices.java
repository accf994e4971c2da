package jp.renkei.referral;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.Role;
import jp.renkei.shared.notification.Notice;

/**
 * Who hears about which step: the other side of the referral, never patient details. Listens to the referral's
 * events in the publisher's transaction; the notification module delivers after commit.
 */
@Component
class ReferralNotices {

    private final ApplicationEventPublisher events;

    ReferralNotices(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(ReferralEvent event) {
        if (event instanceof ReferralAcknowledgementOverdue overdue) {
            lateAcknowledgement(overdue);
        } else {
            announce(event.referral(), event.referringHospital(), event.receivingHospital(), ReferralSteps.of(event));
        }
    }

    void announce(ReferralId id, HospitalId referring, HospitalId receiving, ReferralStep step) {
        String link = link(id);
        List<String> args = List.of(id.display());
        switch (step) {
            case SUBMITTED, ANSWERED_AND_RESUBMITTED, WITHDRAWN -> events.publishEvent(
                    new Notice(receiving, Role.CORE_COORDINATOR, "notice.referral." + step.name(), args, link));
            case ACCEPTED, DECLINED, RETURNED_FOR_INFORMATION, SCHEDULED, TEST_ORDERED, RESULTS_RETURNED, CLOSED ->
                    events.publishEvent(new Notice(referring, Role.LIAISON_CLINICIAN, "notice.referral." + step.name(),
                            args, link));
            default -> {
                // creation and attachments are not announced
            }
        }
    }

    /** Both sides hear that the acknowledgement is late: the receiver to act, the referrer to know. */
    private void lateAcknowledgement(ReferralAcknowledgementOverdue overdue) {
        List<String> args = List.of(overdue.referral().display());
        String link = link(overdue.referral());
        events.publishEvent(new Notice(overdue.receivingHospital(), Role.CORE_COORDINATOR, "notice.referral.OVERDUE",
                args, link));
        events.publishEvent(new Notice(overdue.referringHospital(), Role.LIAISON_CLINICIAN, "notice.referral.OVERDUE",
                args, link));
    }

    private static String link(ReferralId id) {
        return "referrals/" + id.value();
    }
}
