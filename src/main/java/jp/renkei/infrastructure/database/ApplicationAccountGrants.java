package jp.renkei.infrastructure.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * After every migration the owner grants the application's account its rights table by table: reading and
 * writing everywhere, except that the audit trail may only grow. MySQL cannot grant "all but one table", so
 * each new table is granted here, by the account that created it. When the application itself migrates (one
 * account for both, as a quick test server may be set up) there is nothing to restrict and a warning says so.
 */
@Component
class ApplicationAccountGrants implements Callback {

    private static final Logger log = LoggerFactory.getLogger(ApplicationAccountGrants.class);

    private static final String READ_WRITE = "SELECT, INSERT, UPDATE, DELETE";

    /** Rows here are never changed or removed by the application; the chain head only moves forward. */
    private static final Map<String, String> NARROWER = Map.of(
            "audit_entry", "SELECT, INSERT",
            "audit_chain_head", "SELECT, UPDATE",
            "flyway_schema_history", "SELECT");

    private final String applicationUser;
    private final String applicationHost;

    ApplicationAccountGrants(@Value("${spring.datasource.username:renkei}") String applicationUser,
            @Value("${renkei.database.application-host:%}") String applicationHost) {
        this.applicationUser = applicationUser;
        this.applicationHost = applicationHost;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return false;
    }

    @Override
    public void handle(Event event, Context context) {
        try (Statement statement = context.getConnection().createStatement()) {
            if (applicationUser.equals(migratingUser(statement))) {
                log.warn("Migrations run as the application's own account {}: the audit trail is not protected "
                        + "from it (set spring.flyway.user to a separate owner account)", applicationUser);
                return;
            }
            String grantee = "'" + applicationUser.replace("'", "''") + "'@'" + applicationHost.replace("'", "''") + "'";
            for (String table : tables(context.getConnection())) {
                statement.execute("GRANT " + NARROWER.getOrDefault(table.toLowerCase(java.util.Locale.ROOT), READ_WRITE)
                        + " ON `" + table + "` TO " + grantee);
            }
        } catch (SQLException e) {
            throw new FlywayException("Cannot grant the application account " + applicationUser + " its rights", e);
        }
    }

    private static String migratingUser(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT SUBSTRING_INDEX(CURRENT_USER(), '@', 1)")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                        + " AND table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    @Override
    public String getCallbackName() {
        return "application account grants";
    }
}
