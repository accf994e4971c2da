package jp.renkei.ccat.ledger;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import jp.renkei.PdfInspection;
import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.ccat.GenomicTestService;
import jp.renkei.ccat.MilestoneDetails;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.expertpanel.PanelCaseFacts;
import jp.renkei.expertpanel.PanelCaseResultsService;
import jp.renkei.shared.JapanTime;

/**
 * The ledger on the real database with the demo network: every date is the one the workflow holds, only the
 * hospital's own tests appear, and the CSV and PDF a coordinator downloads say the same in Japanese.
 */
@RenkeiIntegrationTest
class LedgerIT {

    private static final Path ARTIFACTS = Path.of("target", "e2e-artifacts");

    @Autowired
    LedgerService ledgers;
    @Autowired
    GenomicTestService tests;
    @Autowired
    PanelCaseResultsService panelCases;
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
    void theLedgersDatesAreTheWorkflowsDates() {
        signIn.as("coordinator");
        Ledger ledger = ledgers.ledger(today().minusYears(1), today(), Locale.JAPANESE);

        assertThat(ledger.rows()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(ledger.hospitalName()).isEqualTo("東都大学医学部附属病院");
        for (LedgerRow row : ledger.rows()) {
            Map<MilestoneStep, LocalDate> reached = tests.get(row.testId()).milestones().stream()
                    .filter(m -> m.reachedOn() != null && m.followUpNumber() == 0)
                    .collect(Collectors.toMap(MilestoneDetails::step, MilestoneDetails::reachedOn));
            assertThat(row.specimenShippedOn()).as("test %s shipped", row.testId())
                    .isEqualTo(reached.get(MilestoneStep.SPECIMEN_SHIPPED));
            assertThat(row.resultReceivedOn()).isEqualTo(reached.get(MilestoneStep.LAB_RESULT_UPLOADED));
            assertThat(row.panelHeldOn()).isEqualTo(reached.get(MilestoneStep.PANEL_HELD));
            assertThat(row.resultExplainedOn()).isEqualTo(reached.get(MilestoneStep.RESULT_EXPLAINED));
            assertThat(row.ccatSubmittedOn()).isEqualTo(reached.get(MilestoneStep.CLINICAL_DATA_ENTERED));
            assertThat(row.registrationConsent() == null ? null : row.registrationConsent().decision().name())
                    .isEqualTo(latestDecision(row.testId(), "C_CAT_REGISTRATION"));
            assertThat(row.patientId()).isNotBlank();
        }
        assertThat(ledger.rows()).anySatisfy(row -> assertThat(row.registrationConsent().decision().name())
                .isEqualTo("WITHDRAWN"));
        assertThat(ledger.rows()).anySatisfy(row -> {
            assertThat(row.panelHeldOn()).isNotNull();
            assertThat(row.panelResultReceivedOn()).isNotNull();
        });
    }

    @Test
    void thePanelColumnsAreEachCasesOwnReadForAllRowsInOneAuditedRead() {
        signIn.as("coordinator");
        long auditedBefore = outcomeReads();
        Ledger ledger = ledgers.ledger(today().minusYears(1), today(), Locale.JAPANESE);

        assertThat(outcomeReads()).isEqualTo(auditedBefore + 1);
        List<LedgerRow> withCase = ledger.rows().stream().filter(row -> panelCaseOf(row) != null).toList();
        assertThat(withCase).isNotEmpty();
        for (LedgerRow row : withCase) {
            PanelCaseFacts facts = panelCases.factsFor(panelCaseOf(row));
            assertThat(row.panelResultReceivedOn()).as("test %s report day", row.testId())
                    .isEqualTo(facts.reportIssuedOn());
            assertThat(row.newOptionsPresented()).as("test %s new options", row.testId())
                    .isEqualTo(facts.concluded() ? facts.treatmentRecommended() : null);
        }
    }

    @Test
    void anotherHospitalsPanelCasesAreLeftOutOfTheBatchRead() {
        List<Long> totoCases = jdbc.queryForList("select id from panel_case"
                + " where 1 in (origin_hospital_id, partner_hospital_id)"
                + " and 3 not in (origin_hospital_id, partner_hospital_id)", Long.class);
        assertThat(totoCases).isNotEmpty();
        signIn.as("aoba-coordinator");
        assertThat(panelCases.outcomesFor(totoCases)).isEmpty();
        signIn.as("coordinator");
        assertThat(panelCases.outcomesFor(totoCases)).containsOnlyKeys(totoCases);
    }

    @Test
    void anotherHospitalsPatientsNeverAppear() {
        long aobaTest = insertOwnPatientTest(3, "A-77001", "青葉 花子");
        try {
            signIn.as("coordinator");
            Ledger toto = ledgers.ledger(today().minusYears(1), today(), Locale.JAPANESE);
            signIn.as("aoba-coordinator");
            Ledger aoba = ledgers.ledger(today().minusYears(1), today(), Locale.JAPANESE);

            assertThat(toto.rows()).extracting(LedgerRow::testId).doesNotContain(aobaTest);
            assertThat(toto.rows()).extracting(LedgerRow::patientName).doesNotContain("青葉 花子");
            assertThat(jdbc.queryForList("select distinct partner_hospital_id from ccat_test where id in ("
                    + toto.rows().stream().map(r -> String.valueOf(r.testId())).collect(Collectors.joining(","))
                    + ")", Long.class)).containsExactly(1L);
            assertThat(aoba.rows()).extracting(LedgerRow::patientName).containsExactly("青葉 花子");
        } finally {
            jdbc.update("delete from ccat_milestone where test_id = ?", aobaTest);
            jdbc.update("delete from ccat_test where id = ?", aobaTest);
        }
    }

    @Test
    void theDownloadedCsvAndPdfSayTheSameInJapaneseAndTheDownloadIsAudited() throws IOException {
        signIn.as("coordinator");
        Ledger ledger = ledgers.ledger(today().minusYears(1), today(), Locale.JAPANESE);
        LedgerRow explained = ledger.rows().stream().filter(row -> row.resultExplainedOn() != null).findFirst()
                .orElseThrow();

        LedgerFile csv = ledgers.csv(today().minusYears(1), today(), Locale.JAPANESE);
        LedgerFile pdf = ledgers.pdf(today().minusYears(1), today(), Locale.JAPANESE);

        Files.createDirectories(ARTIFACTS);
        Path csvFile = Files.write(ARTIFACTS.resolve("cgp-ledger.csv"), csv.content());
        byte[] bytes = Files.readAllBytes(csvFile);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, UTF_8).split("\r\n"));
        assertThat(lines).hasSize(ledger.rows().size() + 1);
        assertThat(lines.getFirst()).startsWith("\"患者ID\",\"患者氏名\",\"検査\",\"検体発送日\"");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"" + explained.patientName() + "\"",
                explained.resultExplainedOn().toString().replace('-', '/')));
        assertThat(csv.fileName()).endsWith(".csv");

        Path pdfFile = PdfInspection.save(pdf.content(), ARTIFACTS.resolve("cgp-ledger.pdf"));
        PdfInspection.assertJapaneseFontEmbedded(pdfFile);
        assertThat(PdfInspection.text(pdfFile)).contains("がん遺伝子パネル検査 管理簿", "東都大学医学部附属病院",
                explained.patientName(), "C-CAT提出日");
        assertThat(jdbc.queryForList("select detail from audit_entry where action = 'CCAT_LEDGER_DOWNLOADED'"
                + " order by id desc limit 2", String.class)).allSatisfy(detail -> assertThat(detail)
                        .startsWith("patients=" + ledger.patientCount() + " "));
    }

    @Test
    void onlyCoordinatorsAndHospitalAdminsSeeTheLedger() {
        signIn.as("hospital-admin");
        assertThat(ledgers.ledger(today().minusYears(1), today(), Locale.JAPANESE).rows()).isNotEmpty();

        signIn.as("liaison");
        assertThatThrownBy(() -> ledgers.ledger(today().minusYears(1), today(), Locale.JAPANESE))
                .isInstanceOf(AccessDeniedException.class);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), JapanTime.ZONE);
    }

    private String latestDecision(long testId, String scope) {
        return jdbc.queryForList("select decision from ccat_consent_event where test_id = ? and scope = ?"
                + " order by recorded_at desc, id desc limit 1", String.class, testId, scope).stream().findFirst()
                .orElse(null);
    }

    private Long panelCaseOf(LedgerRow row) {
        return jdbc.queryForObject("select panel_case_id from ccat_test where id = ?", Long.class, row.testId());
    }

    private long outcomeReads() {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'PANEL_CASE_OUTCOMES_READ'",
                Long.class);
    }

    private long insertOwnPatientTest(long hospital, String patientId, String name) {
        jdbc.update("insert into ccat_test (origin_hospital_id, partner_hospital_id, own_patient_id, own_patient_name,"
                + " ordered_test_name, purpose, coverage, ordered_on, created_at) values (?, ?, ?, ?, ?, 'PROFILING',"
                + " 'INSURED', ?, utc_timestamp(6))", hospital, hospital, patientId, name, "FoundationOne CDx", today()
                        .minusDays(3));
        return jdbc.queryForObject("select id from ccat_test where own_patient_id = ?", Long.class, patientId);
    }
}
