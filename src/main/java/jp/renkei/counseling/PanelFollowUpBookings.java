package jp.renkei.counseling;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each panel counseling request in step with the sessions booked for its referral, in the booking's own
 * transaction: booked, moved, or cancelled (then it waits again).
 */
@Component
class PanelFollowUpBookings {

    private final PanelFollowUpRequestRepository requests;

    PanelFollowUpBookings(PanelFollowUpRequestRepository requests) {
        this.requests = requests;
    }

    @EventListener
    void on(BookingConfirmed e) {
        BookedSession b = e.booking();
        if (b.referralId() != null) {
            requests.findByReferralId(b.referralId()).forEach(r -> r.booked(b.bookingId(), b.slot().start()));
        }
    }

    @EventListener
    void on(BookingRescheduled e) {
        BookedSession b = e.booking();
        if (b.referralId() != null) {
            requests.findByReferralId(b.referralId()).forEach(r -> r.moved(b.bookingId(), b.slot().start()));
        }
    }

    @EventListener
    void on(BookingCancelled e) {
        BookedSession b = e.booking();
        if (b.referralId() != null) {
            requests.findByReferralId(b.referralId()).forEach(r -> r.cancelled(b.bookingId()));
        }
    }
}
