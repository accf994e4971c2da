package jp.renkei.counseling;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.notification.Notice;

/**
 * Tells the counselors' hospital (bell and email) that a session was booked, moved or called off: the time
 * only, never the patient. Published in the step's transaction; the notification module delivers after commit.
 */
@Component
class BookingNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(JapanTime.ZONE);

    private final ApplicationEventPublisher events;

    BookingNotices(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(BookingConfirmed e) {
        notifyCounselors(e.booking(), "notice.counseling.BOOKED");
    }

    @EventListener
    void on(BookingRescheduled e) {
        notifyCounselors(e.booking(), "notice.counseling.RESCHEDULED");
    }

    @EventListener
    void on(BookingCancelled e) {
        notifyCounselors(e.booking(), "notice.counseling.CANCELLED");
    }

    private void notifyCounselors(BookedSession booking, String key) {
        events.publishEvent(new Notice(booking.counselorHospital(), Role.GENETIC_COUNSELOR, key,
                List.of(WHEN.format(booking.slot().start())), "counseling/bookings/" + booking.bookingId()));
    }
}
