package jp.renkei.expertpanel;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.expertpanel.review.EvidenceLevel;
import jp.renkei.expertpanel.review.LevelSystem;
import jp.renkei.expertpanel.review.Pathogenicity;
import jp.renkei.expertpanel.review.Recommendation;
import jp.renkei.expertpanel.review.TherapyRoute;
import jp.renkei.expertpanel.review.VariantEntry;
import jp.renkei.referral.ReferralCaseSummary;
import jp.renkei.referral.ReferralId;
import jp.renkei.referral.ReferredPatient;
import jp.renkei.referral.RequestedService;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.UserId;
import jp.renkei.shared.calendar.BusinessCalendar;
import jp.renkei.shared.demo.DemoProfileRunner;
import jp.renkei.shared.tenant.HospitalScopes;
import jp.renkei.shared.workflow.Actor;

/**
 * The demo case on the past meeting (S-100088, prostate cancer, from PanelDemoData) with its results: a germline BRCA2
 * variant and a TP53 variant, concluded at that meeting under the rule set its sign-off met, the report issued the next
 * working day by the coordinator, explained to the patient three working days later, germline testing not yet done,
 * and the counseling request the secondary finding raises (through the counseling module's own listener). The
 * referral is passed as the referral demo wrote it: seeding runs without a signed-in person. Runs once: skipped once
 * the case has a report.
 */
@Component
@Order(32)
class PanelReportDemoData extends DemoProfileRunner {

    private static final HospitalId TOTO = HospitalId.of(1);
    private static final long PAST_CASE_REFERRAL = 8L;
    private static final Actor COORDINATOR = new Actor(UserId.of(3), "森川 千夏", TOTO);
    private static final ReferralCaseSummary REFERRAL = new ReferralCaseSummary(new ReferralId(PAST_CASE_REFERRAL),
            "相模野中央病院", "山野 遥", "PRAD", "前立腺腺癌（PRAD）", "去勢抵抗性前立腺癌、骨転移。",
            Set.of(RequestedService.CGP_TEST, RequestedService.EXPERT_PANEL));
    private static final ReferredPatient PATIENT = new ReferredPatient("S-100088", "斎藤 大輔");

    private final PanelCaseRepository cases;
    private final PanelCaseVariantRepository variants;
    private final PanelMeetingRepository meetings;
    private final PanelReportRepository reports;
    private final PanelReportAssembler assembler;
    private final PanelReportDocument document;
    private final HospitalScopes scopes;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BusinessCalendar calendar = BusinessCalendar.japaneseHospitals();

    PanelReportDemoData(PanelCaseRepository cases, PanelCaseVariantRepository variants,
            PanelMeetingRepository meetings, PanelReportRepository reports, PanelReportAssembler assembler,
            PanelReportDocument document, HospitalScopes scopes, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.variants = variants;
        this.meetings = meetings;
        this.reports = reports;
        this.assembler = assembler;
        this.document = document;
        this.scopes = scopes;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    protected void runInDemo(ApplicationArguments args) {
        scopes.runAs(TOTO, "demo panel report", () -> transactions.executeWithoutResult(tx -> seed()));
    }

    private void seed() {
        PanelCase pastCase = cases.findAll().stream().filter(c -> Long.valueOf(PAST_CASE_REFERRAL).equals(c.referralId())).findFirst()
                .orElse(null);
        if (pastCase == null || pastCase.meetingId() == null || reports.findByPanelCaseId(pastCase.id()).isPresent()) {
            return;
        }
        PanelMeeting meeting = meetings.findById(pastCase.meetingId()).orElse(null);
        if (meeting == null || meeting.status() != MeetingStatus.SIGNED_OFF) {
            return;
        }
        Instant held = meeting.startsAt();
        if (variants.findByPanelCaseIdOrderByIdAsc(pastCase.id()).isEmpty()) {
            addVariants(pastCase, held.minus(Duration.ofDays(7)));
        }
        if (pastCase.status().open()) {
            pastCase.conclude(meeting.toDetails().ruleSetId(), meeting.toDetails().ruleSetVersion(),
                    held.plus(Duration.ofHours(1)));
        }
        LocalDate heldOn = LocalDate.ofInstant(held, JapanTime.ZONE);
        Instant issuedAt = calendar.addBusinessDays(heldOn, 1).atTime(10, 0).atZone(JapanTime.ZONE).toInstant();
        PanelReportContent content = assembler.assemble(pastCase, CaseHeader.referred(REFERRAL), PATIENT, "東都大学医学部附属病院",
                COORDINATOR.name(), issuedAt);
        reports.save(new PanelReport(pastCase, document.render(content), true, COORDINATOR, issuedAt));
        pastCase.reported(issuedAt);
        LocalDate today = LocalDate.now(clock.withZone(JapanTime.ZONE));
        LocalDate explained = calendar.addBusinessDays(heldOn, 4);
        pastCase.explained(explained.isAfter(today) ? today : explained, today);
        // no notice: demo history is not news; the counseling module raises the request from the event
        events.publishEvent(new SecondaryFindingRaised(pastCase.id(), PAST_CASE_REFERRAL, pastCase.originHospitalId(),
                pastCase.partnerHospitalId(), content.secondaryFindingGenes(), issuedAt));
    }

    private void addVariants(PanelCase pastCase, Instant entered) {
        PanelCaseVariant brca2 = variants.save(new PanelCaseVariant(pastCase, new VariantEntry("BRCA2",
                "c.5946delT (p.S1982Rfs*22)", new BigDecimal("49.2"), Pathogenicity.PATHOGENIC, true), entered));
        brca2.recommend(new Recommendation(EvidenceLevel.A, LevelSystem.JSCO_JSMO_JCA_2019, "オラパリブ",
                TherapyRoute.APPROVED, null, true));
        PanelCaseVariant tp53 = variants.save(new PanelCaseVariant(pastCase, new VariantEntry("TP53", "p.R273H",
                new BigDecimal("31.0"), Pathogenicity.PATHOGENIC, false), entered));
        tp53.recommend(new Recommendation(null, null, "", TherapyRoute.NONE, null, false));
    }
}
