package jp.renkei.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.ccat.GenomicTestService;
import jp.renkei.TestClock;
import jp.renkei.expertpanel.PanelCaseService;
import jp.renkei.expertpanel.ReferredCases;
import jp.renkei.referral.ReferralService;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.UserId;
import jp.renkei.shared.audit.AuditEvent;

/**
 * The audit page's search on the real database: a hospital admin finds who looked at one of the hospital's
 * patients — the partner hospital's reads included, nobody else's patients — by day, person and action, and takes
 * it away as CSV; a person opening unusually many records raises one alert.
 */
@RenkeiIntegrationTest
class AuditSearchIT {

    @Autowired
    AuditTrail trail;
    @Autowired
    UnusualAccessAlerts alerts;
    @Autowired
    ReferralService referrals;
    @Autowired
    PanelCaseService panelCases;
    @Autowired
    GenomicTestService genomicTests;
    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void theReferringHospitalSeesWhoAtThePartnerHospitalOpenedItsPatientsRecords() {
        var opened = ReferredCases.open(signIn, referrals, jdbc, clock, "監査 花子");
        String patientId = jdbc.queryForObject("select patient_hospital_pid from referral where id = ?",
                String.class, opened.referral().value());
        signIn.as("coordinator"); // 東都, the partner hospital
        panelCases.get(opened.caseId());
        referrals.get(opened.referral());
        String sagaminoAdmin = hospitalAdminAt(5);

        signIn.as(sagaminoAdmin);
        AuditQuery history = trail.query(new AuditSearch(null, null, null, null, patientId));
        assertThat(trail.search(history, 0, 100)).as("reads at 東都 of 相模野's patient")
                .anySatisfy(r -> assertThat(r).extracting(AuditRecord::action, AuditRecord::hospitalId,
                        AuditRecord::subject).containsExactly("PANEL_CASE_VIEWED", 1L, "panel_case:" + opened.caseId()))
                .anySatisfy(r -> assertThat(r).extracting(AuditRecord::action, AuditRecord::subject)
                        .containsExactly("REFERRAL_VIEWED", "referral:" + opened.referral().display()))
                .allSatisfy(r -> assertThat(r.subject()).isIn("panel_case:" + opened.caseId(),
                        "referral:" + opened.referral().display()));

        signIn.as("hospital-admin"); // 東都's admin has no patient of that ID: the partner's patient stays hidden
        assertThat(trail.search(trail.query(new AuditSearch(null, null, null, null, patientId)), 0, 100)).isEmpty();
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_entry where action = 'AUDIT_PATIENT_HISTORY_VIEWED' and subject = ?""",
                Long.class, "patient:" + patientId)).as("each look-up audited once").isEqualTo(2);
    }

    @Test
    void theHistoryOfAnOwnPatientCoversThePanelCaseAndTheTestOpenedWithoutAReferral() {
        long ownCase = jdbc.queryForObject("select panel_case_id from panel_own_patient where hospital_patient_id = ?",
                Long.class, "T-0042871"); // 東都's own patient in the demo network
        long ownTest = jdbc.queryForObject("select id from ccat_test where own_patient_id = ?", Long.class, "T-20477");
        signIn.as("coordinator"); // 東都
        panelCases.get(ownCase);
        genomicTests.get(ownTest);

        signIn.as("hospital-admin"); // 東都's admin
        List<AuditRecord> caseHistory = trail.search(trail.query(new AuditSearch(null, null, null, null, "T-0042871")), 0, 100);
        assertThat(caseHistory).extracting(AuditRecord::action, AuditRecord::subject)
                .contains(tuple("PANEL_CASE_VIEWED", "panel_case:" + ownCase));
        assertThat(caseHistory).extracting(AuditRecord::subject).containsOnly("panel_case:" + ownCase);
        List<AuditRecord> testHistory = trail.search(trail.query(new AuditSearch(null, null, null, null, "T-20477")), 0, 100);
        assertThat(testHistory).extracting(AuditRecord::action, AuditRecord::subject)
                .contains(tuple("CCAT_TEST_VIEWED", "ccat_test:" + ownTest));
        assertThat(testHistory).extracting(AuditRecord::subject).containsOnly("ccat_test:" + ownTest);

        signIn.as(hospitalAdminAt(5)); // another hospital's admin: the same patient ID finds none of 東都's records
        assertThat(trail.search(trail.query(new AuditSearch(null, null, null, null, "T-0042871")), 0, 100)).isEmpty();
    }

    @Test
    void searchesByDayPersonAndActionAndExportsWhatItFoundAsCsvForExcel() {
        var opened = ReferredCases.open(signIn, referrals, jdbc, clock, "検索 次郎");
        signIn.as("coordinator");
        FromTheWeb.request(() -> referrals.get(opened.referral()));
        LocalDate today = LocalDate.now(clock.withZone(JapanTime.ZONE));

        signIn.as("hospital-admin");
        AuditQuery query = trail.query(new AuditSearch(today, today, "森川", "referral_viewed".toUpperCase(), null));
        assertThat(trail.search(query, 0, 50)).isNotEmpty().allSatisfy(r -> {
            assertThat(r.actorName()).contains("森川");
            assertThat(r.action()).isEqualTo("REFERRAL_VIEWED");
            assertThat(r.hospitalId()).isEqualTo(1L);
        });
        assertThat(trail.search(trail.query(new AuditSearch(today.minusDays(30), today.minusDays(29), "森川",
                "REFERRAL_VIEWED", null)), 0, 50)).as("nothing a month ago").isEmpty();

        byte[] csv = trail.exportCsv(query);
        assertThat(Arrays.copyOf(csv, 3)).as("byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\"id\",\"time_jst\",\"actor\",\"actor_role\",\"hospital_id\",\"action\","
                + "\"subject\",\"detail\",\"source_address\",\"client\"\r\n").contains("\"森川 千夏\"")
                .contains("\"REFERRAL_VIEWED\"");
        assertThat(text.split("\r\n")[1]).as("the newest read: who in which role, from where, with which browser")
                .contains("\"森川 千夏\",\"CORE_COORDINATOR\",").endsWith("\"" + FromTheWeb.ADDRESS + "\",\""
                        + FromTheWeb.BROWSER + "\"");
        assertThat(text.split("\r\n")).hasSize(trail.search(query, 0, 50).size() + 1);
    }

    @Test
    void onePersonOpeningUnusuallyManyRecordsRaisesOneAlertForTheHospitalsAdmins() {
        UserId curious = UserId.of(900_000 + System.nanoTime() % 90_000);
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 41; i++) {
                events.publishEvent(AuditEvent.byUser(curious, "試験 利用者", HospitalId.of(1), "REFERRAL_VIEWED",
                        "referral:R-9" + String.format("%05d", i), null));
            }
        });
        long noticesBefore = alertNotices();
        long alertsBefore = alertsAtToto();

        alerts.check();
        alerts.check(); // the next run in the same hour: no second alert

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject = ?",
                Long.class, UnusualAccessAlerts.ALERT, "user:" + curious.value())).isOne();
        long raised = alertsAtToto() - alertsBefore; // other tests' heavy readers may cross the line too
        await().atMost(Duration.ofSeconds(20)).until(() -> alertNotices() == noticesBefore + raised);
    }

    private long alertsAtToto() {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and hospital_id = 1", Long.class,
                UnusualAccessAlerts.ALERT);
    }

    private long alertNotices() {
        return jdbc.queryForObject("""
                select count(*) from notification where hospital_id = 1 and recipient_role = 'HOSPITAL_ADMIN'
                  and message_key = 'notice.audit.unusualAccess'""", Long.class);
    }

    /** A portal account holding the hospital-admin role at {@code hospital}; returns its username. */
    private String hospitalAdminAt(long hospital) {
        String username = "admin-" + System.nanoTime();
        jdbc.update("""
                insert into user_account (username, display_name, password_hash, enabled, created_at)
                values (?, '試験 管理者', '{noop}x', true, utc_timestamp(6))""", username);
        jdbc.update("""
                insert into membership (user_id, hospital_id, role, created_at)
                select id, ?, 'HOSPITAL_ADMIN', utc_timestamp(6) from user_account where username = ?""", hospital,
                username);
        return username;
    }
}
