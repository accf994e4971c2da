package jp.renkei.ccat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.ccat.billing.TestPurpose;
import jp.renkei.ccat.consent.ConsentDecision;
import jp.renkei.ccat.consent.ConsentScope;
import jp.renkei.ccat.milestone.CatalogueTest;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.ccat.milestone.TestCatalogue;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.UserId;
import jp.renkei.shared.calendar.BusinessCalendar;
import jp.renkei.shared.demo.DemoProfileRunner;
import jp.renkei.shared.tenant.HospitalScopes;
import jp.renkei.shared.workflow.Actor;

/**
 * Demo network: 東都's genomic tests, one waiting at each step, dated in business days before today so the picture
 * is the same at any hour: the demo referrals whose test 東都 ordered (referral ids in the referral demo's seeding
 * order) and four of 東都's own patients. Some steps are overdue; one test still lacks its catalogue test and sample
 * type; S-100060 withdrew the C-CAT registration consent after the data went in; S-090015's panel concluded weeks ago
 * and the explanation is overdue (B011-5 at risk). The panel steps of S-100088 and S-090015 are taken from their panel
 * cases as the panel demo wrote them. Runs once: skipped when 東都 has a test.
 */
@Component
@Order(40)
class CcatDemoData extends DemoProfileRunner {

    private static final HospitalId TOTO = HospitalId.of(1);
    private static final HospitalId SAGAMINO = HospitalId.of(5);
    private static final HospitalId KAGA = HospitalId.of(11);
    private static final Actor COORDINATOR = new Actor(UserId.of(3), "森川 千夏", TOTO);
    private static final String FOUNDATION_ONE = "FoundationOne CDx がんゲノムプロファイル";

    private final GenomicTestRepository tests;
    private final TestMilestones milestones;
    private final ConsentRecordRepository consents;
    private final ConsentDocuments documents;
    private final TestCatalogue catalogue;
    private final JdbcTemplate jdbc;
    private final HospitalScopes scopes;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final BusinessCalendar calendar = BusinessCalendar.japaneseHospitals();
    private LocalDate today;

    CcatDemoData(GenomicTestRepository tests, TestMilestones milestones, ConsentRecordRepository consents,
            ConsentDocuments documents, TestCatalogue catalogue, JdbcTemplate jdbc, HospitalScopes scopes,
            TransactionTemplate transactions, Clock clock) {
        this.tests = tests;
        this.milestones = milestones;
        this.consents = consents;
        this.documents = documents;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    protected void runInDemo(ApplicationArguments args) {
        scopes.runAs(TOTO, "demo genomic tests", () -> transactions.executeWithoutResult(tx -> {
            if (tests.count() == 0) {
                seed();
            }
        }));
    }

    private void seed() {
        today = LocalDate.now(clock.withZone(JapanTime.ZONE));
        // S-100101: results in, waiting for the panel's upcoming meeting
        GenomicTest waitingForPanel = referred(7, SAGAMINO, FOUNDATION_ONE, ago(26));
        reach(waitingForPanel, steps(ago(25), ago(23), ago(10), ago(8), ago(2)));
        allGranted(waitingForPanel, ago(25));
        own(waitingForPanel, MilestoneStep.PANEL_HELD);

        // K-0301: too little tissue for the ordered test; the coordinator is choosing another, the specimen is late
        GenomicTest missingItems = referred(14, KAGA, FOUNDATION_ONE, ago(16));
        missingItems.describe(null, null, TestPurpose.PROFILING, TestCoverage.INSURED);
        reach(missingItems, steps(ago(15)));
        allGranted(missingItems, ago(15));

        concludedPanelCase(8).ifPresent(panel -> {
            GenomicTest explained = referred(8, SAGAMINO, FOUNDATION_ONE, before(panel.heldOn(), 27));
            reach(explained, beforePanel(panel.heldOn()));
            allGranted(explained, before(panel.heldOn(), 26));
            linkPanel(explained, panel);
        });

        concludedPanelCase(19).ifPresent(panel -> {
            GenomicTest explanationOverdue = referred(19, SAGAMINO, FOUNDATION_ONE, before(panel.heldOn(), 27));
            reach(explanationOverdue, beforePanel(panel.heldOn()));
            allGranted(explanationOverdue, before(panel.heldOn(), 26));
            linkPanel(explanationOverdue, panel);
        });

        // S-100060: the panel was held elsewhere (no case here); after the data went in, the patient withdrew
        GenomicTest withdrawn = referred(9, SAGAMINO, FOUNDATION_ONE, ago(45));
        Map<MilestoneStep, LocalDate> all = steps(ago(44), ago(42), ago(28), ago(26), ago(20));
        all.put(MilestoneStep.PANEL_HELD, ago(15));
        all.put(MilestoneStep.RESULT_EXPLAINED, ago(10));
        reach(withdrawn, all);
        consent(withdrawn, ConsentScope.C_CAT_REGISTRATION, ConsentDecision.GRANTED, ago(44));
        consent(withdrawn, ConsentScope.SECONDARY_USE, ConsentDecision.GRANTED, ago(44));
        consent(withdrawn, ConsentScope.SECONDARY_FINDINGS_DISCLOSURE, ConsentDecision.REFUSED, ago(44));
        consent(withdrawn, ConsentScope.C_CAT_REGISTRATION, ConsentDecision.WITHDRAWN, ago(5));

        // 東都's own patients, earlier in the chain
        ownPatient("T-20481", "渡辺 里奈", "F1LCDX", ago(2)); // its consent is due the day it is ordered
        GenomicTest waitingForLab = ownPatient("T-20477", "伊藤 正樹", "NCC_ONCOPANEL", ago(8));
        reach(waitingForLab, steps(ago(8), ago(6)));
        allGranted(waitingForLab, ago(8));
        GenomicTest waitingForData = ownPatient("T-20466", "山本 加奈", "F1CDX", ago(30));
        waitingForData.describe(catalogue.find("F1CDX").orElseThrow(), waitingForData.sampleType(),
                TestPurpose.PROFILING, TestCoverage.ADVANCED_MEDICAL);
        reach(waitingForData, steps(ago(29), ago(27), ago(12)));
        allGranted(waitingForData, ago(29));
        own(waitingForData, MilestoneStep.CLINICAL_DATA_ENTERED);
        GenomicTest waitingForReport = ownPatient("T-20452", "中島 隆", "GUARDANT360_CDX", ago(28));
        waitingForReport.describe(catalogue.find("GUARDANT360_CDX").orElseThrow(), waitingForReport.sampleType(),
                TestPurpose.COMPANION_DIAGNOSTIC_FIRST, TestCoverage.INSURED);
        reach(waitingForReport, steps(ago(28), ago(26), ago(12), ago(9)));
        allGranted(waitingForReport, ago(28));
    }

    private GenomicTest referred(long referralId, HospitalId referring, String orderedName, LocalDate orderedOn) {
        GenomicTest test = tests.saveAndFlush(new GenomicTest(referring, TOTO, referralId, orderedName,
                CatalogueMatch.find(catalogue, orderedName).orElse(null), orderedOn, clock.instant()));
        milestones.open(test);
        return test;
    }

    private GenomicTest ownPatient(String patientId, String name, String catalogueTestId, LocalDate orderedOn) {
        CatalogueTest ordered = catalogue.find(catalogueTestId).orElseThrow();
        GenomicTest test = tests.saveAndFlush(GenomicTest.forOwnPatient(TOTO, patientId, name, ordered, orderedOn,
                clock.instant()));
        milestones.open(test);
        return test;
    }

    /** The chain's steps from the consent on, reached on these days in order. */
    private static Map<MilestoneStep, LocalDate> steps(LocalDate... days) {
        Map<MilestoneStep, LocalDate> reached = new LinkedHashMap<>();
        List<MilestoneStep> chain = List.of(MilestoneStep.values());
        for (int i = 0; i < days.length; i++) {
            reached.put(chain.get(i), days[i]);
        }
        return reached;
    }

    /** Up to the C-CAT report, dated back from the panel's day as a typical six weeks would run. */
    private Map<MilestoneStep, LocalDate> beforePanel(LocalDate panel) {
        return steps(before(panel, 26), before(panel, 24), before(panel, 10), before(panel, 8), before(panel, 3));
    }

    private void reach(GenomicTest test, Map<MilestoneStep, LocalDate> reached) {
        reached.forEach((step, day) -> milestones.reach(test, step, 0, day, COORDINATOR));
    }

    private void own(GenomicTest test, MilestoneStep step) {
        milestones.of(test).stream().filter(m -> m.is(step, 0)).findFirst().ifPresent(m -> m.assignTo(COORDINATOR));
    }

    private void allGranted(GenomicTest test, LocalDate day) {
        for (ConsentScope scope : ConsentScope.values()) {
            consent(test, scope, ConsentDecision.GRANTED, day);
        }
    }

    /** Recorded the day it was given, under the form version in effect then. */
    private void consent(GenomicTest test, ConsentScope scope, ConsentDecision decision, LocalDate day) {
        ConsentDocumentChoice form = documents.all().stream().filter(d -> d.document().isEffectiveOn(day))
                .reduce((older, newer) -> newer).orElseThrow();
        Instant recordedAt = day.atTime(LocalTime.of(11, 0)).atZone(JapanTime.ZONE).toInstant();
        consents.save(new ConsentRecord(test, scope, decision, form.id(), day, COORDINATOR,
                recordedAt.isAfter(clock.instant()) ? clock.instant() : recordedAt));
    }

    private record ConcludedCase(long id, LocalDate heldOn, LocalDate explainedOn) {
    }

    /**
     * The panel demo's case of a referral, if concluded: read from its table, as the panel module's events about
     * these demo cases were never published (demo history is not news).
     */
    private Optional<ConcludedCase> concludedPanelCase(long referralId) {
        return jdbc.query("select id, concluded_at, explained_on from panel_case where referral_id = ? "
                + "and concluded_at is not null", (rs, row) -> new ConcludedCase(rs.getLong("id"),
                        // stored in UTC (hibernate.jdbc.time_zone)
                        rs.getObject("concluded_at", LocalDateTime.class).atZone(ZoneOffset.UTC)
                                .withZoneSameInstant(JapanTime.ZONE).toLocalDate(),
                        rs.getDate("explained_on") == null ? null : rs.getDate("explained_on").toLocalDate()),
                referralId).stream().findFirst();
    }

    private void linkPanel(GenomicTest test, ConcludedCase panel) {
        test.linkPanelCase(panel.id());
        Actor system = Actor.system(TOTO);
        milestones.reach(test, MilestoneStep.PANEL_HELD, 0, panel.heldOn(), system);
        if (panel.explainedOn() != null) {
            milestones.reach(test, MilestoneStep.RESULT_EXPLAINED, 0, panel.explainedOn(), system);
        }
    }

    private LocalDate ago(int businessDays) {
        return calendar.subtractBusinessDays(today, businessDays);
    }

    private LocalDate before(LocalDate day, int businessDays) {
        return calendar.subtractBusinessDays(day, businessDays);
    }
}
