package jp.renkei.counseling;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.renkei.shared.live.LiveChange;
import jp.renkei.shared.live.LiveTopics;

/**
 * Open booking pages (at the booking hospital and at the counselor's) refresh when either side acts: every
 * booking step marks the booking's live topic, written to the change feed once the step commits.
 */
@Component
class BookingOnLivePages {

    private final ApplicationEventPublisher events;

    BookingOnLivePages(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(BookingRescheduled e) {
        changed(e.booking());
    }

    @EventListener
    void on(BookingCancelled e) {
        changed(e.booking());
    }

    @EventListener
    void on(SessionMissed e) {
        changed(e.booking());
    }

    @EventListener
    void on(SessionAttended e) {
        changed(e.booking());
    }

    private void changed(BookedSession booking) {
        events.publishEvent(new LiveChange(LiveTopics.booking(booking.bookingId())));
    }
}
