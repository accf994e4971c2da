package jp.renkei;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh database on the tests' embedded server, reached as its root (the application's own account may not
 * create databases), for migration tests that write data in an old schema and migrate it.
 */
public final class ScratchDatabase {

    private final JdbcTemplate server;
    private final String name;
    private final DriverManagerDataSource dataSource;

    private ScratchDatabase(String appUrl, String name) {
        this.server = new JdbcTemplate(new DriverManagerDataSource(appUrl, "root", ""));
        this.name = name;
        this.dataSource = new DriverManagerDataSource(appUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"), "root", "");
    }

    /** Next to the database of {@code appDataSource}, replacing any left by an earlier run. */
    public static ScratchDatabase create(DataSource appDataSource, String name) {
        ScratchDatabase scratch = new ScratchDatabase(((HikariDataSource) appDataSource).getJdbcUrl(), name);
        scratch.server.execute("DROP DATABASE IF EXISTS " + name);
        scratch.server.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return scratch;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    /** Schema and demo migrations up to {@code version}, or all of them when it is {@code null}. */
    public void migrate(String version) {
        var config = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/demo");
        if (version != null) {
            config.target(version);
        }
        config.load().migrate();
    }

    public void drop() {
        server.execute("DROP DATABASE " + name);
    }
}
