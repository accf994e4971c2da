package jp.renkei.referral;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.renkei.shared.live.LiveChange;
import jp.renkei.shared.live.LiveTopics;

/**
 * Open referral pages at both hospitals refresh when either side acts: every referral event marks the
 * referral's live topic, written to the change feed once the step commits.
 */
@Component
class ReferralOnLivePages {

    private final ApplicationEventPublisher events;

    ReferralOnLivePages(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(ReferralEvent event) {
        events.publishEvent(new LiveChange(LiveTopics.referral(event.referral().value())));
    }
}
