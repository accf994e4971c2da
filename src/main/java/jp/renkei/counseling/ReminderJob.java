package jp.renkei.counseling;

import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due reminders exactly once. Each is claimed (sent_at set) in the same transaction that publishes its
 * email event; the publication registry delivers that after commit and again after a restart if it failed.
 */
@Component
class ReminderJob {

    private final CounselingReminderRepository reminders;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReminderJob(CounselingReminderRepository reminders, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock) {
        this.reminders = reminders;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${renkei.counseling.reminder-check:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "counseling-reminders",
            lockAtLeastFor = "${renkei.scheduling.lock-at-least.counseling-reminders:PT50S}")
    void sendDueReminders() {
        Instant now = clock.instant();
        for (CounselingReminder reminder : reminders.due(now)) {
            transactions.executeWithoutResult(tx -> {
                if (reminders.claim(reminder.id(), now) == 1) {
                    events.publishEvent(new ReminderDue(reminder.bookingId(), reminder.hospital(),
                            reminder.kind().name()));
                }
            });
        }
    }
}
