package jp.renkei.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.ScratchDatabase;

/**
 * Entries written before the chain existed are chained by V15 in id order, so the verifier finds the whole
 * trail intact. Runs Flyway on a scratch database of the same embedded server, as its root.
 */
@RenkeiIntegrationTest
class AuditChainMigrationIT {

    @Autowired
    DataSource appDataSource;
    @Autowired
    Clock clock;

    @Test
    void entriesWrittenBeforeTheChainAreChainedInIdOrder() {
        ScratchDatabase scratch = ScratchDatabase.create(appDataSource, "v15_migration_check");
        JdbcTemplate db = scratch.jdbc();

        scratch.migrate("13");
        db.update("INSERT INTO audit_entry (id, occurred_at, actor_user_id, actor_name, hospital_id, action, subject,"
                + " detail) VALUES (3, '2026-11-20 01:00:00.123456', 3, '森川 千夏', 1, 'REFERRAL_VIEWED', 'referral 7',"
                + " NULL), (5, '2026-11-20 01:00:01', NULL, 'system', NULL, 'HOSPITAL_SCOPE_ENTERED', NULL, 'x|y'),"
                + " (9, '2026-11-20 01:00:02', 1, '山野 遥', 5, 'SIGNED_IN', NULL, '')");
        scratch.migrate(null);

        assertThat(db.queryForList("SELECT previous_id FROM audit_entry ORDER BY id", Long.class))
                .containsExactly(null, 3L, 5L);
        ChainVerification result = new AuditChainVerifier(db, clock).verify();
        assertThat(result.valid()).as(result.describe()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(3);
        scratch.drop();
    }
}
