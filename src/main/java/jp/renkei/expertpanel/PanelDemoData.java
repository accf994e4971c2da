package jp.renkei.expertpanel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.calendar.BusinessCalendar;
import jp.renkei.shared.tenant.HospitalScopes;

/**
 * The demo panel's meetings (the panel and its members come from {@code db/demo/V8_1__demo_panels.sql}): one ten
 * working days ago, signed off through the same judgement as a coordinator's sign-off, and one five working days
 * ahead, both at 17:30 in Tokyo, so the demo means the same whatever the day it is seeded. Runs once.
 */
@Component
@Profile("demo")
@Order(30)
class PanelDemoData implements ApplicationRunner {

    private static final HospitalId TOTO = HospitalId.of(1);
    private static final long DEMO_PANEL = 1L;
    private static final LocalTime EVENING = LocalTime.of(17, 30);

    private final ExpertPanelRepository panels;
    private final PanelMemberRepository members;
    private final PanelMeetingRepository meetings;
    private final AttendanceJudge judge;
    private final HospitalScopes scopes;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final BusinessCalendar calendar = BusinessCalendar.japaneseHospitals();

    PanelDemoData(ExpertPanelRepository panels, PanelMemberRepository members, PanelMeetingRepository meetings,
            AttendanceJudge judge, HospitalScopes scopes, TransactionTemplate transactions, Clock clock) {
        this.panels = panels;
        this.members = members;
        this.meetings = meetings;
        this.judge = judge;
        this.scopes = scopes;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        scopes.runAs(TOTO, "demo panel meetings", () -> transactions.executeWithoutResult(tx -> {
            ExpertPanel panel = panels.findById(DEMO_PANEL).orElse(null);
            if (panel == null || !meetings.findByPanelIdOrderByStartsAtDesc(DEMO_PANEL).isEmpty()) {
                return;
            }
            LocalDate today = LocalDate.now(clock.withZone(JapanTime.ZONE));
            PanelMeeting past = meetings.saveAndFlush(new PanelMeeting(TOTO, DEMO_PANEL, MeetingKind.REAL_TIME,
                    calendar.subtractBusinessDays(today, 10).atTime(EVENING).atZone(JapanTime.ZONE).toInstant(),
                    "https://video.renkei.example.jp/ep/toto-past", clock.instant()));
            // everyone but the pediatric oncologist (no child's case), with the attending physician
            Set<Long> present = Set.copyOf(members.findByPanelIdOrderByIdAsc(DEMO_PANEL).stream()
                    .filter(m -> !m.roles().equals(Set.of(jp.renkei.expertpanel.composition.PanelRole.G)))
                    .map(PanelMember::id).toList());
            Attendance attendance = new Attendance(present, true, false, false);
            past.signOff(0, attendance, judge.judge(panel, past, attendance), "森川 千夏", clock.instant());
            meetings.save(new PanelMeeting(TOTO, DEMO_PANEL, MeetingKind.REAL_TIME,
                    calendar.addBusinessDays(today, 5).atTime(EVENING).atZone(JapanTime.ZONE).toInstant(),
                    "https://video.renkei.example.jp/ep/toto-next", clock.instant()));
        }));
    }
}
