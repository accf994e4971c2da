package jp.renkei.referral;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.Role;
import jp.renkei.shared.notification.Notice;

/** Who hears about which step: the other side of the referral, never patient details. */
@Component
class ReferralNotices {

    private final ApplicationEventPublisher events;

    ReferralNotices(ApplicationEventPublisher events) {
        this.events = events;
    }

    void announce(ReferralId id, HospitalId referring, HospitalId receiving, ReferralStep step) {
        String link = "referrals/" + id.value();
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
}
