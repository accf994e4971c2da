package jp.renkei.counseling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.renkei.Mailboxes;
import jp.renkei.RenkeiApplication;
import jp.renkei.SignIn;

/**
 * A reminder scheduled before a restart is emailed exactly once after it: two application runs on one
 * database directory, a real SMTP server, and the reminder job run several times.
 */
class ReminderRestartIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3926, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @Test
    void reminderScheduledBeforeARestartIsSentExactlyOnceAfterIt() throws Exception {
        Path data = Path.of("target", "reminder-restart-db", UUID.randomUUID().toString());
        Files.createDirectories(data);
        // 11:45 JST: the hour at which this test once failed (the sixth free slot was today, with no 24-hour
        // reminder); the restarted application runs at the same moment and the reminders are made due below
        String[] args = {
                "--renkei.clock.start=2026-12-01T11:45+09:00",
                "--spring.profiles.active=demo,it",
                "--renkei.embedded-db.data-dir=" + data.toAbsolutePath(),
                "--spring.mail.port=3926",
                "--renkei.counseling.reminder-check=PT1H",
                "--server.port=0"
        };

        long bookingId;
        try (ConfigurableApplicationContext first = start(args)) {
            first.getBean(SignIn.class).as("liaison");
            AvailabilityService availability = first.getBean(AvailabilityService.class);
            BookingService counseling = first.getBean(BookingService.class);
            Instant dayAhead = first.getBean(java.time.Clock.class).instant().plus(java.time.Duration.ofHours(25));
            SlotOffer offer = availability.freeSlots(SessionType.PRE_TEST, null).stream()
                    .filter(o -> o.slot().start().isAfter(dayAhead)).findFirst().orElseThrow();
            bookingId = counseling.book(new BookingRequest(offer.counselor().id(), SessionType.PRE_TEST,
                    offer.slot().start(), null, "RM-1", "再起動 試験")).id();
            first.getBean(SignIn.class).out();
            assertThat(first.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from counseling_reminder where booking_id = ?", Integer.class, bookingId))
                    .as("a 24-hour and a 1-hour reminder scheduled").isEqualTo(2);
            // time passes: both reminders of this booking are now due
            first.getBean(JdbcTemplate.class).update("update counseling_reminder set due_at = ? where booking_id = ?",
                    java.sql.Timestamp.from(first.getBean(java.time.Clock.class).instant().minusSeconds(60)), bookingId);
        }

        try (ConfigurableApplicationContext second = start(args)) {
            ReminderJob job = second.getBean(ReminderJob.class);
            job.sendDueReminders();
            job.sendDueReminders();
            waitForReminders(2);
            job.sendDueReminders();
            Thread.sleep(2000);

            List<String> subjects = reminderSubjects();
            assertThat(subjects).as("one 24-hour and one 1-hour reminder to the counselor, once each")
                    .hasSize(2)
                    .anyMatch(s -> s.contains("明日の遠隔遺伝カウンセリング"))
                    .anyMatch(s -> s.contains("まもなく遠隔遺伝カウンセリング"));
            Integer unsent = second.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from counseling_reminder where booking_id = ? and sent_at is null", Integer.class,
                    bookingId);
            assertThat(unsent).isZero();
        }
    }

    private static ConfigurableApplicationContext start(String[] args) {
        return new SpringApplicationBuilder(RenkeiApplication.class).run(args);
    }

    private static void waitForReminders(int expected) throws InterruptedException {
        for (int i = 0; i < 150 && reminderSubjects().size() < expected; i++) {
            Thread.sleep(100);
        }
    }

    /** Reminder emails in the demo counselor's mailbox (invitations have other subjects). */
    private static List<String> reminderSubjects() {
        return Mailboxes.of(smtp, "counselor@toto-u.example.jp").stream().map(Mailboxes::subject)
                .filter(s -> s.contains("遠隔遺伝カウンセリング（") && (s.contains("明日") || s.contains("まもなく")))
                .toList();
    }
}
