package jp.renkei.counseling;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.workflow.Actor;

/** Each booking step in the audit trail, written in the step's own transaction (a failed audit fails the step). */
@Component
class BookingAudit {

    private final ApplicationEventPublisher events;

    BookingAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(BookingConfirmed e) {
        audit(e.actor(), "COUNSELING_BOOKED", e.booking(), e.booking().slot().start().toString());
    }

    @EventListener
    void on(BookingRescheduled e) {
        audit(e.actor(), "COUNSELING_RESCHEDULED", e.booking(),
                e.previous().start() + " -> " + e.booking().slot().start());
    }

    @EventListener
    void on(BookingCancelled e) {
        audit(e.actor(), "COUNSELING_CANCELLED", e.booking(), e.reason());
    }

    @EventListener
    void on(SessionMissed e) {
        audit(e.actor(), "COUNSELING_NO_SHOW", e.booking(), null);
    }

    @EventListener
    void on(SessionAttended e) {
        audit(e.actor(), "COUNSELING_OUTCOME", e.booking(), null);
    }

    private void audit(Actor actor, String action, BookedSession booking, String detail) {
        events.publishEvent(AuditEvent.byUser(actor.user(), actor.name(), actor.hospital(), action,
                "counseling:" + booking.bookingId(), detail));
    }
}
