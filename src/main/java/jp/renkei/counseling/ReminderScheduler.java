package jp.renkei.counseling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a booking's reminders (24 h and 1 h before, see {@link CounselingSettings}) in step with its time, in
 * the step's own transaction, so a booked session never lacks its reminders and a cancelled one gets none.
 */
@Component
class ReminderScheduler {

    private final CounselingReminderRepository reminders;
    private final CounselingSettings settings;
    private final Clock clock;

    ReminderScheduler(CounselingReminderRepository reminders, CounselingSettings settings, Clock clock) {
        this.reminders = reminders;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void on(BookingConfirmed e) {
        schedule(e.booking());
    }

    @EventListener
    void on(BookingRescheduled e) {
        reminders.dropUnsent(e.booking().bookingId());
        schedule(e.booking());
    }

    @EventListener
    void on(BookingCancelled e) {
        reminders.dropUnsent(e.booking().bookingId());
    }

    private void schedule(BookedSession booking) {
        Instant now = clock.instant();
        for (Map.Entry<CounselingReminder.Kind, Duration> lead : Map.of(CounselingReminder.Kind.H24,
                settings.firstReminder(), CounselingReminder.Kind.H1, settings.secondReminder()).entrySet()) {
            Instant due = booking.slot().start().minus(lead.getValue());
            if (due.isAfter(now)) {
                reminders.save(new CounselingReminder(booking.bookingId(), booking.bookingHospital(), lead.getKey(),
                        due));
            }
        }
    }
}
