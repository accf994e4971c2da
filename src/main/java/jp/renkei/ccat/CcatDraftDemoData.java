package jp.renkei.ccat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.demo.DemoProfileRunner;
import jp.renkei.shared.tenant.HospitalScopes;

/**
 * Demo network: 東都's coordinator (森川) left the day the C-CAT report of T-20452 arrived typed but not recorded, so
 * the test page opens with the draft restored and says so. Seeded while the report is still awaited, on a database
 * where no draft was ever restored or discarded.
 */
@Component
@Order(41)
class CcatDraftDemoData extends DemoProfileRunner {

    private static final HospitalId TOTO = HospitalId.of(1);
    private static final long COORDINATOR = 3;

    private final TestDraftRepository drafts;
    private final JdbcTemplate jdbc;
    private final HospitalScopes scopes;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CcatDraftDemoData(TestDraftRepository drafts, JdbcTemplate jdbc, HospitalScopes scopes,
            TransactionTemplate transactions, Clock clock) {
        this.drafts = drafts;
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    protected void runInDemo(ApplicationArguments args) {
        long kept = jdbc.queryForObject("select count(*) from ccat_test_draft", Long.class);
        List<Long> awaiting = jdbc.queryForList("""
                select t.id from ccat_test t join ccat_milestone m on m.test_id = t.id
                where t.own_patient_id = 'T-20452' and t.partner_hospital_id = 1
                  and m.step = 'CCAT_REPORT_RECEIVED' and m.reached_on is null""", Long.class);
        if (kept == 0 && awaiting.size() == 1 && neverRestoredOrDiscarded()) {
            scopes.runAs(TOTO, "demo C-CAT draft", () -> transactions.executeWithoutResult(tx -> {
                TestDraft draft = new TestDraft(TOTO, awaiting.getFirst(), TestDraftForm.MILESTONE, COORDINATOR);
                LocalDate yesterday = LocalDate.now(clock.withZone(JapanTime.ZONE)).minusDays(1);
                draft.replace("{\"step\":\"CCAT_REPORT_RECEIVED-0\",\"day\":\"" + yesterday + "\"}",
                        clock.instant());
                drafts.save(draft);
            }));
        }
    }

    /** Opening the page restores (and audits) the draft: once anyone has, a recorded or discarded one stays gone. */
    private boolean neverRestoredOrDiscarded() {
        return jdbc.queryForObject("select count(*) from audit_entry where action in "
                + "('CCAT_DRAFTS_RESTORED', 'CCAT_DRAFT_DISCARDED')", Long.class) == 0;
    }
}
