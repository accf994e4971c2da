package jp.renkei.infrastructure.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.JdbcConnection;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.renkei.RenkeiIntegrationTest;

/**
 * The portal's connections parse each statement's SQL once and keep their session state locally (what the load
 * profile of session 8 paid for on every query), and the data still reads and writes as before.
 */
@RenkeiIntegrationTest
class DriverStatementCacheIT {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyConnectionOfThePoolCachesItsParsedStatements() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            var settings = connection.unwrap(JdbcConnection.class).getPropertySet();

            assertThat(settings.getBooleanProperty(PropertyKey.cachePrepStmts).getValue()).isTrue();
            assertThat(settings.getIntegerProperty(PropertyKey.prepStmtCacheSqlLimit).getValue()).isEqualTo(8192);
            assertThat(settings.getBooleanProperty(PropertyKey.useLocalSessionState).getValue()).isTrue();
        }
    }

    @Test
    void aStatementPreparedAgainReadsTheCurrentRowsAndAReadOnlyConnectionCanWriteOnceReleased() throws Exception {
        String sql = "select count(*) from hospital where code like ?";
        Integer first = jdbc.queryForObject(sql, Integer.class, "%");
        Integer again = jdbc.queryForObject(sql, Integer.class, "%");
        assertThat(again).isEqualTo(first).isPositive();

        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            connection.setReadOnly(false);
            assertThat(connection.isReadOnly()).isFalse();
            try (var statement = connection.prepareStatement("select 1")) {
                assertThat(statement.executeQuery().next()).isTrue();
            }
        }
    }
}
