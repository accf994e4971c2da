package jp.renkei.expertpanel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.PdfInspection;
import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.counseling.AvailabilityService;
import jp.renkei.counseling.BookingDetails;
import jp.renkei.counseling.BookingRequest;
import jp.renkei.counseling.BookingService;
import jp.renkei.counseling.PanelFollowUpService;
import jp.renkei.counseling.SessionType;
import jp.renkei.counseling.SlotOffer;
import jp.renkei.expertpanel.review.EvidenceLevel;
import jp.renkei.expertpanel.review.Pathogenicity;
import jp.renkei.expertpanel.review.TherapyRoute;
import jp.renkei.expertpanel.review.VariantEntry;
import jp.renkei.referral.ReferralService;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.tenant.HospitalScopes;
import jp.renkei.shared.workflow.Refused;

/**
 * The hand-offs on the real database: 東都's coordinator issues the report of a concluded case, 相模野 (liaison) is
 * told, downloads it and records the explanation; a secondary finding raises one counseling request; 房総みらい
 * (liaison2) reaches none of it (PanelFollowUpIntakeIT delivers the event twice). The case is concluded through the repository: the review flow is built elsewhere.
 */
@RenkeiIntegrationTest
class PanelReportIT {

    private static final HospitalId TOTO = HospitalId.of(1);

    @Autowired
    PanelReportService reports;
    @Autowired
    PanelCaseResultsService results;
    @Autowired
    PanelCaseService workspace;
    @Autowired
    PanelFollowUpService followUps;
    @Autowired
    ReferralService referrals;
    @Autowired
    AvailabilityService availability;
    @Autowired
    BookingService bookings;
    @Autowired
    PanelCaseRepository cases;
    @Autowired
    PanelMeetingRepository meetings;
    @Autowired
    ExpertPanelRepository panels;
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
    void theIssuedReportGoesBackToTheReferrerWhoDownloadsItAndRecordsTheExplanation() {
        ReferredCases.Opened opened = ReferredCases.open(signIn, referrals, jdbc, clock, "斎藤 一郎");
        long caseId = opened.caseId();
        signIn.as("coordinator");
        workspace.addVariant(caseId, new VariantEntry("KRAS", "p.G12C", new BigDecimal("22.5"),
                Pathogenicity.PATHOGENIC, false));
        long kras = workspace.get(caseId).variants().getFirst().id();
        workspace.recommend(caseId, kras, EvidenceLevel.B, "ソトラシブ", TherapyRoute.CLINICAL_TRIAL, "jRCT2031230000",
                false);

        signIn.as("liaison");
        assertThatThrownBy(() -> reports.download(caseId)).as("nothing to download before issue")
                .isInstanceOfSatisfying(Refused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("panel.report.error.notIssued"));
        assertThatThrownBy(() -> reports.issue(caseId)).as("the referrer does not issue")
                .isInstanceOf(AccessDeniedException.class);
        signIn.as("coordinator");
        assertThatThrownBy(() -> reports.issue(caseId)).as("not concluded yet").isInstanceOf(Refused.class);

        concludeAtThePastMeeting(caseId);
        signIn.as("coordinator");
        assertThat(results.results(caseId).mayIssue()).isTrue();
        Path draft = PdfInspection.save(reports.draft(caseId).pdf(),
                Path.of("target", "e2e-artifacts", "panel-report-draft.pdf"));
        assertThat(PdfInspection.text(draft)).contains("下書き・未発行").contains("斎藤 一郎");
        signIn.as("liaison");
        assertThatThrownBy(() -> reports.draft(caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.download(caseId)).as("a draft is not the report")
                .isInstanceOf(Refused.class);
        signIn.as("coordinator");
        reports.issue(caseId);
        assertThatThrownBy(() -> reports.issue(caseId)).as("issued once").isInstanceOf(Refused.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("""
                select count(*) from notification where hospital_id = 5 and recipient_role = 'LIAISON_CLINICIAN'
                  and message_key = 'notice.panel.report.ISSUED' and link = ?""", Long.class,
                "panels/cases/" + caseId) == 1);
        // a later edit does not change the issued document
        workspace.recommend(caseId, kras, EvidenceLevel.C, "別の薬", TherapyRoute.OFF_LABEL, null, false);

        signIn.as("liaison");
        PanelCaseResults seen = results.results(caseId);
        assertThat(seen.status()).isEqualTo(PanelCaseStatus.REPORTED);
        assertThat(seen.mayRecordExplanation()).isTrue();
        assertThat(seen.mayIssue()).isFalse();
        assertThat(seen.turnaround().referralSent()).isEqualTo(today());
        assertThat(seen.turnaround().specimenCollected()).isEqualTo(today().minusMonths(6));
        assertThat(Turnaround.days(seen.turnaround().specimenCollected(), seen.turnaround().reported()))
                .isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(today().minusMonths(6), today()));
        PanelReportFile file = reports.download(caseId);
        assertThat(PanelReport.sha256(file.pdf())).isEqualTo(seen.reportSha256());
        Path pdf = PdfInspection.save(file.pdf(), Path.of("target", "e2e-artifacts", "panel-report-it.pdf"));
        PdfInspection.assertJapaneseFontEmbedded(pdf);
        assertThat(PdfInspection.text(pdf)).contains("検討結果報告書").contains(opened.referral().display())
                .contains("斎藤 一郎").contains("相模野中央病院").contains("KRAS").contains("ソトラシブ")
                .contains("jRCT2031230000").contains("黒田 修").contains("（エ）病理")
                .contains("ep.composition.solid.2025").contains("医療者向けの文書")
                .doesNotContain("別の薬");
        assertThat(audited("PANEL_REPORT_DOWNLOADED", caseId)).isEqualTo(1);

        assertThatThrownBy(() -> results.recordExplanation(caseId, today().plusDays(1)))
                .isInstanceOfSatisfying(Refused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("panel.case.error.explainedOn"));
        assertThatThrownBy(() -> results.recordExplanation(caseId, today().minusDays(1)))
                .as("before the report was issued").isInstanceOf(Refused.class);
        assertThatThrownBy(() -> results.recordExplanation(caseId, null)).isInstanceOf(Refused.class);
        results.recordExplanation(caseId, today());
        assertThat(results.results(caseId).explainedOn()).isEqualTo(today());
        assertThat(results.results(caseId).status()).isEqualTo(PanelCaseStatus.EXPLAINED);
        assertThat(audited("PANEL_CASE_EXPLAINED", caseId)).isEqualTo(1);

        signIn.as("liaison2");
        assertThatThrownBy(() -> workspace.get(caseId)).isInstanceOf(PanelCaseNotFound.class);
        assertThatThrownBy(() -> results.results(caseId)).isInstanceOf(PanelCaseNotFound.class);
        assertThatThrownBy(() -> reports.download(caseId)).isInstanceOf(PanelCaseNotFound.class);
        assertThatThrownBy(() -> results.recordExplanation(caseId, today())).isInstanceOf(PanelCaseNotFound.class);
    }

    @Test
    void aSecondaryFindingRaisesACounselingRequestThatFollowsTheBookingForTheReferral() {
        long caseId = ReferredCases.open(signIn, referrals, jdbc, clock, "小田 京子").caseId();
        signIn.as("coordinator");
        workspace.addVariant(caseId, new VariantEntry("BRCA2", "c.5946delT", new BigDecimal("49"),
                Pathogenicity.PATHOGENIC, true));
        long brca2 = workspace.get(caseId).variants().getFirst().id();
        workspace.recommend(caseId, brca2, EvidenceLevel.A, "オラパリブ", TherapyRoute.APPROVED, null, true);
        concludeAtThePastMeeting(caseId);
        signIn.as("coordinator");
        reports.issue(caseId);
        await().atMost(Duration.ofSeconds(10)).until(() -> requestsFor(caseId) == 1);

        long referralId = jdbc.queryForObject("select referral_id from panel_case where id = ?", Long.class, caseId);
        assertThat(requestsFor(caseId)).isOne();

        signIn.as("liaison");
        PanelCaseResults seen = results.results(caseId);
        assertThat(seen.secondaryFinding()).isTrue();
        assertThat(seen.counselingFollowUp()).isNotNull().extracting(FollowUpStatus::booked).isEqualTo(false);
        assertThat(seen.germlineTesting()).isEqualTo(GermlineTesting.NOT_YET);
        results.recordGermlineTesting(caseId, GermlineTesting.DONE);
        assertThat(results.results(caseId).germlineTesting()).isEqualTo(GermlineTesting.DONE);
        assertThat(followUps.awaitingBooking()).anySatisfy(r -> {
            assertThat(r.caseId()).isEqualTo(caseId);
            assertThat(r.referral().patientName()).isEqualTo("小田 京子");
            assertThat(r.genes()).containsExactly("BRCA2");
        });

        // booked through the usual booking flow for the referral: the case shows the session, the list drops it
        var days = availability.freeTimes(SessionType.SECONDARY_FINDINGS, null, null).perDay();
        SlotOffer offer = availability.freeSlotsOn(SessionType.SECONDARY_FINDINGS, null, days.lastKey()).getLast();
        BookingDetails booked = bookings.book(new BookingRequest(offer.counselor().id(),
                SessionType.SECONDARY_FINDINGS, offer.slot().start(), referralId, null, null));
        assertThat(results.results(caseId).counselingFollowUp().bookedStart()).isEqualTo(offer.slot().start());
        assertThat(followUps.awaitingBooking()).noneMatch(r -> r.caseId() == caseId);
        bookings.cancel(booked.id(), booked.version(), "日程再調整のため");
        assertThat(results.results(caseId).counselingFollowUp().booked()).as("waits for a session again").isFalse();

        signIn.as("liaison2");
        assertThat(followUps.awaitingBooking()).noneMatch(r -> r.caseId() == caseId);
    }

    @Test
    void theDemoCaseOnThePastMeetingHasItsReportExplanationAndCounselingRequest() throws Exception {
        long caseId = jdbc.queryForObject("select id from panel_case where referral_id = 8", Long.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> requestsFor(caseId) == 1);
        signIn.as("liaison");
        PanelCaseResults seen = results.results(caseId);
        assertThat(seen.status()).isEqualTo(PanelCaseStatus.EXPLAINED);
        assertThat(seen.secondaryFinding()).isTrue();
        assertThat(seen.counselingFollowUp()).isNotNull();
        assertThat(seen.turnaround().explained()).isAfterOrEqualTo(seen.turnaround().reported());
        Path pdf = PdfInspection.save(reports.download(caseId).pdf(),
                Path.of("target", "e2e-artifacts", "panel-report-demo.pdf"));
        assertThat(PdfInspection.text(pdf)).contains("斎藤 大輔").contains("R-000008").contains("BRCA2")
                .contains("オラパリブ").contains("生殖細胞系列の病的バリアントの可能性があります（BRCA2）")
                .contains("小野寺 剛").contains("（ウ）遺伝カウンセリング").contains("主治医（または代理の医師）");
        new ProcessBuilder("pdftoppm", "-png", "-r", "60", pdf.toString(),
                pdf.toString().replaceFirst("\\.pdf$", "")).inheritIO().start().waitFor();
    }

    /** What the review flow will do: the case goes to the demo panel's signed-off meeting and concludes there. */
    private void concludeAtThePastMeeting(long caseId) {
        signIn.out();
        scopes.runAs(TOTO, "test conclusion", () -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            PanelCase found = cases.findById(caseId).orElseThrow();
            PanelMeeting past = meetings.findByPanelIdOrderByStartsAtDesc(1L).stream()
                    .filter(m -> m.status() == MeetingStatus.SIGNED_OFF).findFirst().orElseThrow();
            found.moveTo(panels.findById(1L).orElseThrow(), past);
            found.conclude(past.toDetails().ruleSetId(), past.toDetails().ruleSetVersion(), clock.instant());
        }));
    }

    private long requestsFor(long caseId) {
        return jdbc.queryForObject("select count(*) from counseling_follow_up where panel_case_id = ?", Long.class,
                caseId);
    }

    private long audited(String action, long caseId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from audit_entry where action = ? and subject = ?", Long.class, action,
                "panel_case:" + caseId), n -> n > 0);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(JapanTime.ZONE));
    }
}
