package jp.renkei;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.renkei.shared.JapanTime;
import jp.renkei.shared.calendar.BusinessCalendar;

/**
 * The demo network a newcomer signs in to is seeded relative to "now". Seeded at the edges of the day, on the eve
 * of a public holiday and right after the year-end closure, it must still show what it promises: an overdue
 * referral next to one that is not, upcoming sessions in the future on working days within the counselor's
 * hours, past sessions in the past, visits on working days.
 */
class DemoNetworkAtAnyHourIT {

    @ParameterizedTest(name = "seeded at {0}")
    @ValueSource(strings = {
            "2026-12-01T00:30+09:00",
            "2026-12-02T11:45+09:00",
            "2026-12-03T23:30+09:00",
            "2027-02-10T11:45+09:00", // the eve of 建国記念の日
            "2027-01-04T08:30+09:00", // the first working day after the 12/29–1/3 closure
    })
    void demoNetworkShowsWhatItPromises(String seededAt) throws Exception {
        Path data = Path.of("target", "demo-at-any-hour-db", UUID.randomUUID().toString());
        Files.createDirectories(data);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RenkeiApplication.class).run(
                "--renkei.clock.start=" + seededAt, "--spring.profiles.active=demo,it",
                "--renkei.embedded-db.data-dir=" + data.toAbsolutePath(), "--server.port=0",
                "--spring.mail.host=", "--spring.task.scheduling.pool.size=1")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            Instant now = app.getBean(Clock.class).instant();

            assertThat(count(jdbc, "select count(*) from referral where status = 'SUBMITTED' and ack_due_at < ?", now))
                    .as("an overdue acknowledgement to show").isPositive();
            assertThat(count(jdbc, "select count(*) from referral where status = 'SUBMITTED' and ack_due_at >= ?", now))
                    .as("a referral still within its two business days").isPositive();

            BusinessCalendar calendar = BusinessCalendar.japaneseHospitals();
            List<Map<String, Object>> sessions = jdbc.queryForList(
                    "select status, starts_at, ends_at from counseling_booking");
            assertThat(sessions).isNotEmpty();
            for (Map<String, Object> session : sessions) {
                String status = (String) session.get("status");
                ZonedDateTime start = instant(session.get("starts_at")).atZone(JapanTime.ZONE);
                ZonedDateTime end = instant(session.get("ends_at")).atZone(JapanTime.ZONE);
                if (status.equals("BOOKED")) {
                    assertThat(start.toInstant()).as("an upcoming session is in the future").isAfter(now);
                }
                if (status.equals("COMPLETED") || status.equals("NO_SHOW")) {
                    assertThat(end.toInstant()).as("a held session is over").isBefore(now);
                }
                if (!status.equals("CANCELLED")) {
                    assertThat(calendar.isBusinessDay(start.toLocalDate())).as("%s on a working day", start).isTrue();
                    assertThat(start.toLocalTime()).as("within working hours").isBetween(LocalTime.of(9, 0),
                            LocalTime.of(17, 0));
                }
            }
            assertThat(sessions).as("an upcoming session to show")
                    .anyMatch(s -> s.get("status").equals("BOOKED"));

            assertThat(count(jdbc, """
                    select count(*) from panel_case c join panel_meeting m on m.id = c.meeting_id
                     join referral r on r.id = c.referral_id and r.cancer_type_code = c.cancer_type_code
                    where m.status = 'SCHEDULED' and m.starts_at > ?""", now))
                    .as("demo referrals accepted for panel review on the upcoming meeting's agenda").isPositive();

            for (Map<String, Object> visit : jdbc.queryForList(
                    "select scheduled_on from referral where scheduled_on is not null")) {
                Object value = visit.get("scheduled_on");
                LocalDate day = value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
                assertThat(calendar.isBusinessDay(day)).as("a visit on %s, a working day", day).isTrue();
            }
        }
    }

    private static long count(JdbcTemplate jdbc, String sql, Instant at) {
        Long count = jdbc.queryForObject(sql, Long.class, Timestamp.from(at));
        return count == null ? 0 : count;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) value;
    }
}
