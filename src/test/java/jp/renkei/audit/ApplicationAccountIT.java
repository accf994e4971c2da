package jp.renkei.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.RenkeiIntegrationTest;

/**
 * 「記録は変更・削除できません」 holds for the portal itself: its database account may add to the audit trail and
 * read it, but the database refuses it any change or removal there, while every other table stays writable.
 */
@RenkeiIntegrationTest
class ApplicationAccountIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theApplicationCannotChangeAnAuditEntry() {
        assertThatThrownBy(() -> jdbc.update("update audit_entry set detail = 'rewritten' where id = (select min(id)"
                + " from (select id from audit_entry) e)"))
                .rootCause().hasMessageContaining("UPDATE command denied");
    }

    @Test
    void theApplicationCannotRemoveAnAuditEntry() {
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where action = 'SIGNED_IN'"))
                .rootCause().hasMessageContaining("DELETE command denied");
        assertThatThrownBy(() -> jdbc.execute("truncate table audit_entry")).rootCause()
                .hasMessageContaining("command denied");
    }

    @Test
    void theApplicationAddsAndReadsAuditEntriesAndWritesItsOtherTables() {
        long before = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        transactions.executeWithoutResult(tx -> {
            jdbc.update("insert into audit_entry (occurred_at, actor_name, action, entry_hash)"
                    + " values (now(6), 'system', 'SIGNED_IN', repeat('0', 64))");
            assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(before + 1);
            assertThat(jdbc.update("update hospital set name_ja = name_ja")).isPositive();
            // rolled back: a row written outside the chain would (rightly) fail the verifier
            tx.setRollbackOnly();
        });
    }
}
