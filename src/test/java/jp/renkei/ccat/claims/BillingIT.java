package jp.renkei.ccat.claims;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.ccat.billing.BillingItem;
import jp.renkei.ccat.billing.BillingStatus;
import jp.renkei.ccat.billing.BillingVerdict;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.calendar.BusinessCalendar;
import jp.renkei.shared.workflow.NotFound;
import jp.renkei.shared.workflow.Refused;

/**
 * Billing on the real database: what the billing office sees for a test and in the month's list, recording a claim
 * so it stops showing as claimable, B011-5 at risk when the explanation is overdue or the patient transferred first,
 * and nobody else's tests. Works on tests of its own (removed afterwards) besides reading the demo's.
 */
@RenkeiIntegrationTest
class BillingIT {

    private final BusinessCalendar calendar = BusinessCalendar.japaneseHospitals();
    private final List<Long> created = new ArrayList<>();

    @Autowired
    BillingService billing;
    @Autowired
    BillingListCsv csv;
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
        for (long id : created) {
            for (String table : List.of("ccat_billing_claim", "ccat_patient_departure", "ccat_milestone")) {
                jdbc.update("delete from " + table + " where test_id = ?", id);
            }
            jdbc.update("delete from ccat_test where id = ?", id);
        }
    }

    @Test
    void theMonthsListShowsTheDemosClaimsAndItsAtRiskEvaluationFee() {
        signIn.as("coordinator");
        List<BillingListRow> rows = new ArrayList<>(billing.month(YearMonth.from(today())));
        rows.addAll(billing.month(YearMonth.from(today()).minusMonths(1)));

        assertThat(rows).anySatisfy(row -> assertThat(row.verdict().status()).isEqualTo(BillingStatus.CLAIMED));
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.verdict().item()).isEqualTo(BillingItem.B011_5);
            assertThat(row.verdict().status()).isEqualTo(BillingStatus.AT_RISK);
            assertThat(row.patientId()).isNotBlank();
        });
    }

    @Test
    void aClaimedProfilingFeeStopsShowingAsClaimableAndIsNotClaimedTwice() {
        long test = ownTest("T-IT-9001", "請求 太郎", business(-30), business(-12));
        signIn.as("coordinator");

        TestBilling before = billing.forTest(test).orElseThrow();
        assertThat(status(before, BillingItem.D006_19)).isEqualTo(BillingStatus.CLAIMABLE);
        assertThat(verdict(before, BillingItem.B011_5).messageKey()).isEqualTo("ccat.billing.B011_5.explanationOverdue");
        assertThat(status(before, BillingItem.B011_5)).isEqualTo(BillingStatus.AT_RISK);

        TestBilling after = billing.recordClaim(test, BillingItem.D006_19, today(), null);

        assertThat(status(after, BillingItem.D006_19)).isEqualTo(BillingStatus.CLAIMED);
        assertThat(after.items().getFirst().claimedOn()).isEqualTo(today());
        assertThat(billing.month(YearMonth.from(today()))).filteredOn(row -> row.testId() == test)
                .extracting(row -> row.verdict().item(), row -> row.verdict().status(), BillingListRow::claimedOn)
                .containsExactlyInAnyOrder(
                        tuple(BillingItem.D006_19, BillingStatus.CLAIMED, today()),
                        tuple(BillingItem.B011_5, BillingStatus.AT_RISK, null));
        assertThatThrownBy(() -> billing.recordClaim(test, BillingItem.D006_19, today(), null))
                .isInstanceOf(Refused.class).extracting("messageKey").isEqualTo("ccat.billing.error.notClaimable");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CCAT_BILLING_CLAIMED'"
                + " and subject = ?", Integer.class, "ccat_test:" + test)).isEqualTo(1);
    }

    @Test
    void aTransferBeforeTheExplanationPutsTheEvaluationFeeAtRisk() {
        long test = ownTest("T-IT-9002", "転院 次郎", business(-20), null);
        signIn.as("coordinator");
        assertThat(status(billing.forTest(test).orElseThrow(), BillingItem.B011_5)).isEqualTo(BillingStatus.NOT_CLAIMABLE);

        TestBilling after = billing.recordDeparture(test, DepartureKind.TRANSFERRED, business(-1));

        assertThat(after.departure()).isEqualTo(DepartureKind.TRANSFERRED);
        assertThat(verdict(after, BillingItem.B011_5).messageKey())
                .isEqualTo("ccat.billing.B011_5.transferredOrDiedBeforeExplanation");
        assertThat(status(after, BillingItem.B011_5)).isEqualTo(BillingStatus.AT_RISK);
        assertThat(csv.reason(verdict(after, BillingItem.B011_5), Locale.JAPANESE)).contains("転院または死亡");
    }

    @Test
    void anotherHospitalNeitherSeesNorBillsTheTest() {
        long test = ownTest("T-IT-9003", "東都 三郎", business(-10), null);

        signIn.as("aoba-coordinator");
        assertThatThrownBy(() -> billing.forTest(test)).isInstanceOf(NotFound.class);
        assertThat(billing.month(YearMonth.from(today()))).extracting(BillingListRow::testId).doesNotContain(test);
        signIn.as("liaison");
        assertThatThrownBy(() -> billing.month(YearMonth.from(today()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theReferringHospitalDoesNotBillTheTestItReferred() {
        long referred = jdbc.queryForObject("select id from ccat_test where referral_id is not null"
                + " and partner_hospital_id = 1 and origin_hospital_id = 5 order by id limit 1", Long.class);

        signIn.as("liaison");
        assertThat(billing.forTest(referred)).isEmpty();
        signIn.as("coordinator");
        assertThat(billing.forTest(referred)).isPresent();
    }

    @Test
    void theMonthsCsvOpensInExcelWithTheReasonsInJapanese() throws IOException {
        ownTest("T-IT-9004", "請求 四郎", business(-5), null);
        signIn.as("hospital-admin");

        byte[] content = csv.write(billing.month(YearMonth.from(today())), Locale.JAPANESE);

        Path file = Files.write(Files.createDirectories(Path.of("target", "e2e-artifacts")).resolve("ccat-billing.csv"),
                content);
        String text = new String(Files.readAllBytes(file), 3, content.length - 3, UTF_8);
        assertThat(content[0]).isEqualTo((byte) 0xEF);
        assertThat(text).startsWith("\"患者ID\",\"患者氏名\",\"検査\",\"項目\",\"状態\",\"点数\",\"算定日\",\"理由\"\r\n");
        assertThat(text).contains("\"T-IT-9004\",\"請求 四郎\"", "\"D006-19\",\"算定可\",\"44000\"");
    }

    private long ownTest(String patientId, String name, LocalDate shipped, LocalDate panelHeld) {
        jdbc.update("insert into ccat_test (origin_hospital_id, partner_hospital_id, own_patient_id, own_patient_name,"
                + " ordered_test_name, catalogue_test_id, sample_type, purpose, coverage, ordered_on, created_at)"
                + " values (1, 1, ?, ?, 'FoundationOne CDx', 'F1CDX', 'TISSUE', 'PROFILING', 'INSURED', ?,"
                + " utc_timestamp(6))", patientId, name, shipped.minusDays(3));
        long id = jdbc.queryForObject("select id from ccat_test where own_patient_id = ?", Long.class, patientId);
        created.add(id);
        reached(id, "SPECIMEN_SHIPPED", shipped);
        if (panelHeld != null) {
            reached(id, "PANEL_HELD", panelHeld);
        }
        return id;
    }

    private void reached(long test, String step, LocalDate day) {
        jdbc.update("insert into ccat_milestone (test_id, origin_hospital_id, partner_hospital_id, step,"
                + " follow_up_number, due_on, reached_on) values (?, 1, 1, ?, 0, ?, ?)", test, step, day, day);
    }

    private static BillingVerdict verdict(TestBilling billing, BillingItem item) {
        return billing.items().stream().map(ItemBilling::verdict).filter(v -> v.item() == item).findFirst()
                .orElseThrow();
    }

    private static BillingStatus status(TestBilling billing, BillingItem item) {
        return verdict(billing, item).status();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), JapanTime.ZONE);
    }

    private LocalDate business(int days) {
        return days < 0 ? calendar.subtractBusinessDays(today(), -days) : calendar.addBusinessDays(today(), days);
    }
}
