package jp.renkei.expertpanel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.calendar.BusinessCalendar;
import jp.renkei.shared.demo.DemoProfileRunner;
import jp.renkei.shared.tenant.HospitalScopes;

/**
 * The demo panel's meetings (the panel and its members come from {@code db/demo/V8_1__demo_panels.sql}): one ten
 * working days ago, signed off through the same judgement as a coordinator's sign-off, and one five working days
 * ahead, both at 17:30 in Tokyo, so the demo means the same whatever the day it is seeded. Runs once.
 * <p>
 * Then the demo referrals that 東都 accepted for panel review become its panel's cases (the referral demo seeds
 * with its events cleared, so the intake never heard of them): the two still in work on the upcoming meeting's
 * agenda, the one whose results went back on the past meeting. Each case is opened once, whenever it is missing.
 */
@Component
@Order(30)
class PanelDemoData extends DemoProfileRunner {

    private static final HospitalId TOTO = HospitalId.of(1);
    private static final long DEMO_PANEL = 1L;
    private static final LocalTime EVENING = LocalTime.of(17, 30);
    private static final HospitalId SAGAMINO = HospitalId.of(5);

    /**
     * Demo referrals accepted by 東都 with a request for panel review, by the ids the referral demo gives them (its
     * seeding order, as the counseling demo relies on too): S-100150 accepted, S-100101 test ordered (upcoming
     * meeting), S-100088 results returned (past meeting). Days since each was accepted follow the referral demo.
     */
    private record DemoCase(long referralId, String cancerTypeCode, int acceptedDaysAgo, boolean upcoming) {
    }

    private static final List<DemoCase> CASES = List.of(new DemoCase(5, "BRCA", 8, true),
            new DemoCase(7, "HGSOC", 29, true), new DemoCase(8, "PRAD", 44, false));

    private final ExpertPanelRepository panels;
    private final PanelMemberRepository members;
    private final PanelMeetingRepository meetings;
    private final PanelCaseRepository cases;
    private final AttendanceJudge judge;
    private final HospitalScopes scopes;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final BusinessCalendar calendar = BusinessCalendar.japaneseHospitals();

    PanelDemoData(ExpertPanelRepository panels, PanelMemberRepository members, PanelMeetingRepository meetings,
            PanelCaseRepository cases, AttendanceJudge judge, HospitalScopes scopes, TransactionTemplate transactions,
            Clock clock) {
        this.panels = panels;
        this.members = members;
        this.meetings = meetings;
        this.cases = cases;
        this.judge = judge;
        this.scopes = scopes;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    protected void runInDemo(ApplicationArguments args) {
        scopes.runAs(TOTO, "demo panel meetings", () -> transactions.executeWithoutResult(tx -> seedMeetings()));
        scopes.runAs(TOTO, "demo panel cases", () -> transactions.executeWithoutResult(tx -> seedCases()));
    }

    private void seedMeetings() {
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
    }

    private void seedCases() {
        ExpertPanel panel = panels.findById(DEMO_PANEL).orElse(null);
        if (panel == null) {
            return;
        }
        Instant now = clock.instant();
        List<PanelMeeting> all = meetings.findByPanelIdOrderByStartsAtDesc(DEMO_PANEL);
        PanelMeeting next = meetings.findFirstByPanelIdAndStatusAndStartsAtGreaterThanEqualOrderByStartsAtAsc(
                DEMO_PANEL, MeetingStatus.SCHEDULED, now).orElse(null);
        PanelMeeting past = all.stream().filter(m -> m.status() == MeetingStatus.SIGNED_OFF).findFirst().orElse(null);
        for (DemoCase demo : CASES) {
            if (cases.existsByReferralId(demo.referralId())) {
                continue;
            }
            cases.save(new PanelCase(SAGAMINO, TOTO, demo.referralId(), panel, demo.upcoming() ? next : past,
                    demo.cancerTypeCode(), now.minus(Duration.ofDays(demo.acceptedDaysAgo())), now));
        }
    }
}
