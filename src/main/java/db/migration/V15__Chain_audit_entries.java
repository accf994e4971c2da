package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import jp.renkei.audit.AuditChainContent;

/**
 * Hash-chains the audit trail. Entries written before the chain existed are chained here, in id order, with
 * the same canonical form the application uses from now on ({@link AuditChainContent}); Java rather than SQL so
 * the two cannot drift apart. The chain head (one row) is what concurrent writers lock to append in turn;
 * audit_chain_check keeps each verification's result for the audit page.
 */
public class V15__Chain_audit_entries extends BaseJavaMigration {

    private static final int PAGE = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE audit_entry ADD COLUMN previous_id BIGINT NULL,"
                    + " ADD COLUMN entry_hash CHAR(64) NULL");
            ddl.execute("CREATE TABLE audit_chain_head (id TINYINT NOT NULL, last_entry_id BIGINT,"
                    + " last_hash CHAR(64) NOT NULL, PRIMARY KEY (id)) ENGINE = InnoDB");
            ddl.execute("CREATE TABLE audit_chain_check (id BIGINT NOT NULL AUTO_INCREMENT,"
                    + " checked_at DATETIME(6) NOT NULL, valid BOOLEAN NOT NULL, entries_checked BIGINT NOT NULL,"
                    + " broken_entry_id BIGINT, problem VARCHAR(30), PRIMARY KEY (id))"
                    + " ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci");
        }
        Long lastId = null;
        String lastHash = AuditChainContent.GENESIS;
        try (PreparedStatement page = connection.prepareStatement("SELECT id, " + AuditChainContent.COLUMNS_BEFORE_V36
                + " FROM audit_entry WHERE id > ? ORDER BY id LIMIT " + PAGE);
                PreparedStatement chain = connection.prepareStatement(
                        "UPDATE audit_entry SET previous_id = ?, entry_hash = ? WHERE id = ?")) {
            boolean more = true;
            while (more) {
                page.setLong(1, lastId == null ? 0 : lastId);
                int rows = 0;
                try (ResultSet row = page.executeQuery()) {
                    while (row.next()) {
                        rows++;
                        long id = row.getLong("id");
                        AuditChainContent content = AuditChainContent.beforeV36(row);
                        content = new AuditChainContent(lastId, content.occurredAt(), content.actorUserId(),
                                content.actorName(), content.hospitalId(), content.action(), content.subject(),
                                content.detail());
                        lastHash = content.hashAfter(lastHash);
                        chain.setObject(1, lastId);
                        chain.setString(2, lastHash);
                        chain.setLong(3, id);
                        chain.addBatch();
                        lastId = id;
                    }
                }
                chain.executeBatch();
                more = rows == PAGE;
            }
        }
        try (PreparedStatement head = connection.prepareStatement(
                "INSERT INTO audit_chain_head (id, last_entry_id, last_hash) VALUES (1, ?, ?)");
                Statement ddl = connection.createStatement()) {
            head.setObject(1, lastId);
            head.setString(2, lastHash);
            head.executeUpdate();
            ddl.execute("ALTER TABLE audit_entry MODIFY entry_hash CHAR(64) NOT NULL");
        }
    }
}
