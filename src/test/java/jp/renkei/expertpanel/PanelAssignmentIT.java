package jp.renkei.expertpanel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.expertpanel.composition.TumourCategory;
import jp.renkei.referral.ReferralAccepted;
import jp.renkei.referral.ReferralId;
import jp.renkei.referral.RequestedService;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.UserId;
import jp.renkei.shared.calendar.BusinessCalendar;
import jp.renkei.shared.tenant.HospitalScopes;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.shared.workflow.Refused;

/**
 * Cases assigned by capacity and due date, moved by a coordinator, and their reports, on the real database. 相模野
 * (liaison) refers to 西海 (seikai-coordinator), whose solid-tumour panel this class creates (the demo's panel at
 * 東都 keeps its meetings as other tests expect them). Each test works in a year of its own, so the meetings it
 * schedules are the only ones ahead of its clock that it counts on; the unassigned test takes the last year.
 * Reports are attached to cases of 相模野 at 東都 that are on no meeting.
 */
@RenkeiIntegrationTest
class PanelAssignmentIT {

    private static final HospitalId SAGAMINO = HospitalId.of(5);
    private static final HospitalId TOTO = HospitalId.of(1);
    private static final HospitalId SEIKAI = HospitalId.of(2);
    private static final String SEIKAI_COORDINATOR = "seikai-coordinator";
    private static Long panel;
    private static final AtomicLong REFERRALS = new AtomicLong(900_000 + System.nanoTime() % 50_000);
    /** A minimal PDF: header, nothing in between, end-of-file marker. */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    PanelCaseIntake intake;
    @Autowired
    PanelService panels;
    @Autowired
    PanelAssignmentService assignments;
    @Autowired
    PanelCaseAttachmentService attachments;
    @Autowired
    PanelCaseRepository cases;
    @Autowired
    HospitalScopes scopes;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void aCaseGoesToTheEarliestMeetingWithRoomAndSkipsAFullOne() {
        clock.setTokyo("2031-03-03T10:00");
        signIn.as(SEIKAI_COORDINATOR);
        MeetingDetails first = meeting("2031-03-05T17:30", 1);
        MeetingDetails second = meeting("2031-03-12T17:30", 10);

        long a = acceptedCase();
        long b = acceptedCase();

        assertThat(meetingOf(a)).isEqualTo(first.id());
        assertThat(meetingOf(b)).as("the first meeting is full").isEqualTo(second.id());
        assertThat(assignments.assignment(b)).satisfies(c -> {
            assertThat(c.late()).isFalse();
            assertThat(c.unassigned()).isFalse();
            assertThat(c.dueOn()).as("renkei.panel.due-business-days (25) after the acceptance")
                    .isEqualTo(BusinessCalendar.japaneseHospitals().addBusinessDays(LocalDate.of(2031, 3, 3), 25));
        });
        PanelLoad load = assignments.load(panel());
        assertThat(load.meetings()).filteredOn(m -> m.meetingId() == first.id()).singleElement()
                .satisfies(m -> assertThat(m.cases() + "/" + m.capacity() + " full " + m.full()).isEqualTo("1/1 full true"));
        assertThat(load.meetings()).filteredOn(m -> m.meetingId() == second.id()).singleElement()
                .satisfies(m -> assertThat(m.cases() + "/" + m.capacity()).isEqualTo("1/10"));
    }

    @Test
    void whenOnlyAMeetingAfterTheDueDateHasRoomTheCaseGoesThereMarkedLate() {
        clock.setTokyo("2033-06-01T10:00");
        signIn.as(SEIKAI_COORDINATOR);
        MeetingDetails beforeDue = meeting("2033-06-10T17:30", 1);
        MeetingDetails afterDue = meeting("2033-08-25T17:30", 5);

        long onTime = acceptedCase();
        long late = acceptedCase();

        assertThat(meetingOf(onTime)).isEqualTo(beforeDue.id());
        assertThat(meetingOf(late)).isEqualTo(afterDue.id());
        assertThat(assignments.assignment(onTime).late()).isFalse();
        assertThat(assignments.assignment(late).late()).isTrue();
        assertThat(assignments.load(panel()).meetings()).filteredOn(m -> m.meetingId() == afterDue.id())
                .singleElement().satisfies(m -> assertThat(m.late()).isEqualTo(1));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PANEL_CASE_OPENED' "
                + "and detail like ?", Long.class, "case " + late + " %after its due date%")).isEqualTo(1);
    }

    @Test
    void acceptancesAtTheSameMomentNeverOverfillAMeeting() throws Exception {
        clock.setTokyo("2034-02-01T10:00");
        signIn.as(SEIKAI_COORDINATOR);
        MeetingDetails small = meeting("2034-02-06T17:30", 3);
        MeetingDetails next = meeting("2034-02-20T17:30", 50);
        signIn.out();

        int count = 8;
        List<ReferralAccepted> accepted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            accepted.add(accepted());
        }
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            List<CompletableFuture<Void>> runs = accepted.stream().map(e -> CompletableFuture.runAsync(() -> {
                awaitQuietly(start);
                intake.on(e);
            }, pool)).toList();
            start.countDown();
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> accepted.stream().allMatch(e -> caseFor(e) != null));

        assertThat(casesOn(small.id())).isEqualTo(3);
        assertThat(casesOn(next.id())).isEqualTo(count - 3);
    }

    @Test
    void aCoordinatorMovesACaseWithAReasonButNotToAFullMeetingNorOnceConcluded() {
        clock.setTokyo("2035-04-02T10:00");
        signIn.as(SEIKAI_COORDINATOR);
        MeetingDetails m1 = meeting("2035-04-04T17:30", 1);
        MeetingDetails m2 = meeting("2035-04-05T17:30", 1);
        MeetingDetails m3 = meeting("2035-04-09T17:30", 5);
        long x = acceptedCase();
        long y = acceptedCase();
        assertThat(meetingOf(y)).isEqualTo(m2.id());

        assertThat(assignments.assignment(x).targets()).extracting(MeetingLoad::meetingId)
                .contains(m2.id(), m3.id()).doesNotContain(m1.id());
        assertRefused(() -> assignments.reassign(x, m2.id(), "日程の都合"), "panel.assignment.error.full");
        assertRefused(() -> assignments.reassign(x, m3.id(), "  "), "panel.assignment.error.reasonRequired");

        assignments.reassign(x, m3.id(), "主治医が4日の会議に出席できないため");

        assertThat(meetingOf(x)).isEqualTo(m3.id());
        assertThat(assignments.load(panel()).meetings()).filteredOn(m -> m.meetingId() == m1.id())
                .singleElement().satisfies(m -> assertThat(m.cases()).isZero());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PANEL_CASE_REASSIGNED' "
                + "and subject = ?", Long.class, "panel_case:" + x)).isEqualTo(1);

        signIn.as("liaison");
        CaseAssignment seenByReferrer = assignments.assignment(x);
        assertThat(seenByReferrer.moves()).singleElement().satisfies(move -> {
            assertThat(move.reason()).isEqualTo("主治医が4日の会議に出席できないため");
            assertThat(move.fromMeeting()).isEqualTo(m1.startsAt());
            assertThat(move.toMeeting()).isEqualTo(m3.startsAt());
            assertThat(move.movedBy()).isEqualTo("古賀 美穂");
        });
        assertThat(seenByReferrer.canReassign()).as("only the panel's coordinator moves cases").isFalse();

        jdbc.update("update panel_case set status = 'CONCLUDED' where id = ?", y);
        signIn.as(SEIKAI_COORDINATOR);
        assertThat(assignments.assignment(y).canReassign()).isFalse();
        assertRefused(() -> assignments.reassign(y, m3.id(), "再検討"), "panel.case.error.step");
    }

    @Test
    void aCapacityCannotGoBelowTheCasesAlreadyOnTheMeeting() {
        clock.setTokyo("2036-09-01T10:00");
        signIn.as(SEIKAI_COORDINATOR);
        MeetingDetails meeting = meeting("2036-09-03T17:30", 2);
        acceptedCase();
        acceptedCase();
        assertRefused(() -> assignments.changeCapacity(meeting.id(), 1), "panel.load.error.belowCases");
        assertRefused(() -> assignments.changeCapacity(meeting.id(), 0), "panel.load.error.capacity");
        assignments.changeCapacity(meeting.id(), 3);
        assertThat(assignments.load(panel()).meetings()).filteredOn(m -> m.meetingId() == meeting.id())
                .singleElement().satisfies(m -> assertThat(m.capacity()).isEqualTo(3));
    }

    @Test
    void aNewMeetingTakesThePanelsDefaultCapacity() {
        clock.setTokyo("2037-01-13T10:00");
        signIn.as(SEIKAI_COORDINATOR);
        // haematological: the solid-tumour panel that receives this class's cases must stay 西海's first
        PanelSummary panel = panels.create("西海 定員EP " + System.nanoTime(), TumourCategory.HAEMATOLOGICAL, false);
        assignments.changeDefaultCapacity(panel.id(), 6);
        MeetingDetails meeting = panels.schedule(panel.id(), MeetingKind.ASYNC_ROUND, tokyo("2037-01-20T17:30"), null);
        PanelLoad load = assignments.load(panel.id());
        assertThat(load.defaultCapacity()).isEqualTo(6);
        assertThat(load.meetings()).singleElement().satisfies(m -> {
            assertThat(m.meetingId()).isEqualTo(meeting.id());
            assertThat(m.capacity()).isEqualTo(6);
        });
    }

    @Test
    void withNoMeetingWithRoomTheCaseWaitsUnassigned() {
        clock.setTokyo("2045-05-01T10:00");
        signIn.as(SEIKAI_COORDINATOR);
        MeetingDetails only = meeting("2045-05-08T17:30", 1);
        long filling = acceptedCase();
        assertThat(meetingOf(filling)).isEqualTo(only.id());
        long waiting = acceptedCase();

        assertThat(meetingOf(waiting)).isNull();
        assertThat(assignments.assignment(waiting).unassigned()).isTrue();
        assertThat(assignments.load(panel()).unassigned()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select panel_id from panel_case where id = ?", Long.class, waiting))
                .as("still on the panel, waiting for a meeting").isEqualTo(panel());
    }

    @Test
    void reportsAreAttachedAsPdfsAndOnlyTheCasesTwoHospitalsDownloadThem() {
        long caseId = caseWithoutMeeting();
        LocalDate today = LocalDate.now(clock.withZone(JapanTime.ZONE));
        signIn.as("coordinator");
        CaseAttachment lab = attachments.attach(caseId, CaseAttachmentKind.LAB_REPORT, today.minusDays(3),
                "検査報告書.pdf", PDF);
        attachments.attach(caseId, CaseAttachmentKind.CCAT_REPORT, today.minusDays(1), "C-CAT調査結果.pdf", PDF);
        assertThat(attachments.ccatReportReceivedOn(caseId)).contains(today.minusDays(1));

        signIn.as("liaison");
        assertThat(attachments.list(caseId).files()).extracting(CaseAttachment::kind)
                .containsExactly(CaseAttachmentKind.LAB_REPORT, CaseAttachmentKind.CCAT_REPORT);
        CaseAttachmentFile file = attachments.download(caseId, lab.id());
        assertThat(file.content()).isEqualTo(PDF);
        assertThat(file.mimeType()).isEqualTo("application/pdf");
        assertThat(file.fileName()).isEqualTo("検査報告書.pdf");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = "
                + "'PANEL_CASE_ATTACHMENT_DOWNLOADED' and subject = ? and hospital_id = 5", Long.class,
                "panel_case:" + caseId)).isEqualTo(1);
        assertThatThrownBy(() -> attachments.attach(caseId, CaseAttachmentKind.OTHER, today, "x.pdf", PDF))
                .as("the referring hospital reads, the panel's hospital attaches")
                .isInstanceOf(AccessDeniedException.class);

        signIn.as("liaison2");
        assertThatThrownBy(() -> attachments.download(caseId, lab.id())).isInstanceOf(PanelCaseNotFound.class);
        assertThatThrownBy(() -> attachments.list(caseId)).isInstanceOf(PanelCaseNotFound.class);
    }

    @Test
    void aFileThatIsNotAWholePdfIsRefusedWithTheReason() {
        long caseId = caseWithoutMeeting();
        LocalDate today = LocalDate.now(clock.withZone(JapanTime.ZONE));
        signIn.as("coordinator");
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 };
        assertRefused(() -> attachments.attach(caseId, CaseAttachmentKind.LAB_REPORT, today, "scan.png", png),
                "panel.attachment.error.pdfOnly");
        assertRefused(() -> attachments.attach(caseId, CaseAttachmentKind.LAB_REPORT, today, "memo.txt",
                "検査結果".getBytes(StandardCharsets.UTF_8)), "attachment.error.unsupportedType");
        assertRefused(() -> attachments.attach(caseId, CaseAttachmentKind.LAB_REPORT, today, "cut.pdf",
                "%PDF-1.4\n1 0 obj".getBytes(StandardCharsets.US_ASCII)), "attachment.error.corrupt");
        assertRefused(() -> attachments.attach(caseId, CaseAttachmentKind.CCAT_REPORT, today.plusDays(1), "c.pdf",
                PDF), "panel.attachment.error.receivedInFuture");
        assertThat(attachments.list(caseId).files()).isEmpty();
    }

    private MeetingDetails meeting(String tokyoTime, int capacity) {
        MeetingDetails meeting = panels.schedule(panel(), MeetingKind.REAL_TIME, tokyo(tokyoTime),
                "https://video.renkei.example.jp/ep/it");
        assignments.changeCapacity(meeting.id(), capacity);
        return meeting;
    }

    /**
     * A referral accepted now, as the referral module announces it, opened by the intake (asynchronous, as a
     * module listener); returns the case id.
     */
    private long acceptedCase() {
        ReferralAccepted accepted = accepted();
        intake.on(accepted);
        await().atMost(Duration.ofSeconds(20)).until(() -> caseFor(accepted) != null);
        return caseFor(accepted);
    }

    private Long caseFor(ReferralAccepted accepted) {
        return jdbc.query("select id from panel_case where referral_id = ?", (rs, row) -> rs.getLong(1),
                accepted.referral().value()).stream().findFirst().orElse(null);
    }

    private ReferralAccepted accepted() {
        return new ReferralAccepted(new ReferralId(REFERRALS.incrementAndGet()), SAGAMINO, SEIKAI,
                new Actor(UserId.of(12), "古賀 美穂", SEIKAI), clock.instant(), Set.of(RequestedService.EXPERT_PANEL),
                "LUAD");
    }

    /** 西海's solid-tumour panel, created by the first test that needs it (西海 has none in the demo). */
    private long panel() {
        if (panel == null) {
            panel = panels.create("西海 固形がんEP（割り当て試験）", TumourCategory.SOLID, false).id();
        }
        return panel;
    }

    /** A case of 相模野 at 東都 on no meeting, so it takes no meeting's place from the other tests. */
    private long caseWithoutMeeting() {
        long[] id = new long[1];
        scopes.runAs(TOTO, "test case", () -> new TransactionTemplate(transactions).executeWithoutResult(s ->
                id[0] = cases.saveAndFlush(new PanelCase(SAGAMINO, TOTO, REFERRALS.incrementAndGet(), null, null,
                        "LUAD", clock.instant(), clock.instant())).id()));
        return id[0];
    }

    private Long meetingOf(long caseId) {
        return jdbc.queryForObject("select meeting_id from panel_case where id = ?", Long.class, caseId);
    }

    private long casesOn(long meetingId) {
        return jdbc.queryForObject("select count(*) from panel_case where meeting_id = ?", Long.class, meetingId);
    }

    private static Instant tokyo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(JapanTime.ZONE).toInstant();
    }

    private static void assertRefused(Runnable step, String messageKey) {
        assertThatThrownBy(step::run).isInstanceOf(Refused.class).extracting(e -> ((Refused) e).messageKey())
                .isEqualTo(messageKey);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
