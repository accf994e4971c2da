package jp.renkei.audit;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.audit.ChainVerification.Problem;

/** Each verification's result, so the audit page can say when the chain was last found intact. */
@Component
class ChainCheckLog {

    private final JdbcTemplate jdbc;

    ChainCheckLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void record(ChainVerification result) {
        jdbc.update("INSERT INTO audit_chain_check (checked_at, valid, entries_checked, broken_entry_id, problem)"
                + " VALUES (?, ?, ?, ?, ?)", Timestamp.valueOf(result.checkedAt().atOffset(ZoneOffset.UTC)
                        .toLocalDateTime()), result.valid(), result.entriesChecked(), result.brokenEntryId(),
                result.problem() == null ? null : result.problem().name());
    }

    @Transactional(readOnly = true)
    Optional<ChainVerification> latest() {
        return jdbc.query("SELECT * FROM audit_chain_check ORDER BY id DESC LIMIT 1", (row, n) -> new ChainVerification(
                row.getObject("checked_at", java.time.LocalDateTime.class).toInstant(ZoneOffset.UTC),
                row.getBoolean("valid"), row.getLong("entries_checked"), row.getObject("broken_entry_id", Long.class),
                row.getString("problem") == null ? null : Problem.valueOf(row.getString("problem"))))
                .stream().findFirst();
    }
}
