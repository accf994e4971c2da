package jp.renkei.counseling;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.counseling.video.VideoVisitProvider;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.UserId;
import jp.renkei.shared.calendar.BusinessCalendar;
import jp.renkei.shared.demo.DemoProfileRunner;
import jp.renkei.shared.tenant.HospitalScopes;
import jp.renkei.shared.workflow.Actor;

/**
 * Demo counselors with weekly hours and sessions past and upcoming (after the demo referrals). Runs once:
 * skipped when the demo counselor already exists.
 */
@Component
@Order(20)
class CounselingDemoData extends DemoProfileRunner {

    private static final HospitalId TOTO = HospitalId.of(1);
    private static final HospitalId AOBA = HospitalId.of(3);
    private static final HospitalId SAGAMINO = HospitalId.of(5);
    private static final UserId COUNSELOR = UserId.of(4);

    private final CounselorRepository counselors;
    private final CounselingBookingRepository bookings;
    private final CounselingReminderRepository reminders;
    private final VideoVisitProvider video;
    private final HospitalScopes scopes;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CounselingDemoData(CounselorRepository counselors, CounselingBookingRepository bookings,
            CounselingReminderRepository reminders, VideoVisitProvider video, HospitalScopes scopes,
            TransactionTemplate transactions, Clock clock) {
        this.counselors = counselors;
        this.bookings = bookings;
        this.reminders = reminders;
        this.video = video;
        this.scopes = scopes;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    protected void runInDemo(ApplicationArguments args) {
        if (counselors.findByHospitalIdAndUserId(TOTO.value(), COUNSELOR.value()).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        Counselor toto = transactions.execute(tx -> {
            Counselor counselor = new Counselor(TOTO, COUNSELOR, "白石 真琴", "counselor@toto-u.example.jp", now);
            counselor.describe(Qualification.CERTIFIED_GENETIC_COUNSELOR, "ja, en");
            List<WeeklyWindow> weekly = new ArrayList<>();
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY)) {
                weekly.add(new WeeklyWindow(day, LocalTime.of(9, 0), LocalTime.of(12, 0)));
                weekly.add(new WeeklyWindow(day, LocalTime.of(13, 0), LocalTime.of(17, 0)));
            }
            LocalDate leave = LocalDate.now(clock.withZone(JapanTime.ZONE)).plusDays(9);
            counselor.publish(weekly, List.of(new AvailabilityException(leave, null, null,
                    AvailabilityException.Kind.CLOSED)));
            return counselors.save(counselor);
        });
        transactions.executeWithoutResult(tx -> {
            Counselor aoba = new Counselor(AOBA, COUNSELOR, "白石 真琴", "counselor@toto-u.example.jp", now);
            aoba.publish(List.of(new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(13, 0), LocalTime.of(16, 0)),
                    new WeeklyWindow(DayOfWeek.THURSDAY, LocalTime.of(13, 0), LocalTime.of(16, 0))), List.of());
            counselors.save(aoba);
        });
        BusinessCalendar calendar = BusinessCalendar.japaneseHospitals();
        LocalDate today = LocalDate.now(clock.withZone(JapanTime.ZONE));
        book(toto, 4L, "S-100177", "岡田 亮", SessionType.PRE_TEST, calendar.addBusinessDays(today, 2), LocalTime.of(10, 0),
                null, now);
        book(toto, 7L, "S-100101", "小林 聡子", SessionType.RESULTS, calendar.addBusinessDays(today, 4),
                LocalTime.of(14, 0), null, now);
        book(toto, null, "S-099870", "西田 和子", SessionType.SECONDARY_FINDINGS, calendar.subtractBusinessDays(today, 4), LocalTime.of(10, 0),
                "completed", now);
        book(toto, null, "S-099512", "原 悠斗", SessionType.FAMILY, calendar.subtractBusinessDays(today, 2), LocalTime.of(15, 0), "cancelled",
                now);
    }

    private void book(Counselor counselor, Long referralId, String pid, String name, SessionType type, LocalDate day,
            LocalTime at, String ending, Instant now) {
        Instant start = day.atTime(at).atZone(JapanTime.ZONE).toInstant();
        TimeRange slot = new TimeRange(start, start.plus(type == SessionType.RESULTS ? Duration.ofMinutes(45)
                : Duration.ofMinutes(60)));
        Actor booker = new Actor(UserId.of(1), "山野 遥", SAGAMINO);
        scopes.runAs(SAGAMINO, "demo counseling", () -> transactions.executeWithoutResult(tx -> {
            CounselingBooking booking = CounselingBooking.book(booker, counselor, referralId, pid, name, type, slot,
                    video.newVisitUrl(), java.util.UUID.randomUUID() + "@renkei", start.minus(Duration.ofDays(5)));
            if ("completed".equals(ending)) {
                booking.recordOutcome(true, true, "BRCA2 病的バリアント。血縁者への説明資料を渡した。",
                        new BookingViewer(new Actor(COUNSELOR, "白石 真琴", counselor.hospital()),
                                Set.of(Role.GENETIC_COUNSELOR)), start.plus(Duration.ofHours(1)));
            } else if ("cancelled".equals(ending)) {
                booking.cancel("患者さんの体調不良のため", new BookingViewer(booker, Set.of(Role.LIAISON_CLINICIAN)),
                        start.minus(Duration.ofDays(1)));
            }
            // seeded history, not lived: no mail, notices or referral timeline lines for it
            booking.clearDomainEvents();
            bookings.save(booking);
            if (ending == null) {
                for (var lead : List.of(Duration.ofHours(24), Duration.ofHours(1))) {
                    if (start.minus(lead).isAfter(now)) {
                        reminders.save(new CounselingReminder(booking.id(), SAGAMINO,
                                lead.toHours() == 24 ? CounselingReminder.Kind.H24 : CounselingReminder.Kind.H1,
                                start.minus(lead)));
                    }
                }
            }
        }));
    }
}
