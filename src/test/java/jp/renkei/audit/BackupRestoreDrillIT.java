package jp.renkei.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.infrastructure.database.EmbeddedDatabaseProperties;
import jp.renkei.infrastructure.database.EmbeddedMariaDb;
import jp.renkei.infrastructure.operations.BackupScript;

/**
 * The restore drill: the populated test database (the demo network and whatever earlier tests wrote) is backed
 * up with {@code config/backup/backup.sh}, restored with {@code restore.sh} into a fresh MariaDB server, and the
 * copy must carry the same rows, pass Flyway's validation and hold an intact audit chain.
 */
@RenkeiIntegrationTest
class BackupRestoreDrillIT {

    private static final Pattern SERVER = Pattern.compile("//([^:/]+):(\\d+)/([^?]+)");
    /** Tables the drill must find restored row for row, and non-empty. */
    private static final List<String> ESSENTIAL = List.of("hospital", "user_account", "patient", "referral",
            "audit_entry", "flyway_schema_history");

    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;
    @Value("${renkei.embedded-db.server-dir}")
    Path serverDir;

    final Path drill = Path.of("target", "backup-drill", UUID.randomUUID().toString());

    @Test
    void aBackupRestoresIntoAFreshServerWithEveryRowAndAnIntactAuditChain() throws Exception {
        Matcher source = SERVER.matcher(((HikariDataSource) dataSource).getJdbcUrl());
        assertThat(source.find()).isTrue();
        JdbcTemplate live = new JdbcTemplate(new DriverManagerDataSource(source.group(0).replace("//", "jdbc:mysql://"), "root", ""));
        Path key = drill.resolve("backup.key");
        Files.createDirectories(drill);
        Files.writeString(key, UUID.randomUUID() + UUID.randomUUID().toString());

        Map<String, Long> before = rowCounts(live, source.group(3));
        var backup = script("backup.sh", source.group(1), source.group(2), source.group(3), key).run();
        Map<String, Long> after = rowCounts(live, source.group(3));
        assertThat(backup.exitCode()).as(backup.output()).isZero();
        System.out.print(backup.output()); // sizes and seconds, for src/docs/operations.md
        Path file = onlyBackupIn(drill.resolve("primary"));
        assertThat(drill.resolve("offline").resolve(file.getFileName())).hasSameBinaryContentAs(file);
        assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("encrypted: no table or column name readable").doesNotContain("audit_entry", "INSERT INTO");

        EmbeddedMariaDb fresh = EmbeddedMariaDb.start(new EmbeddedDatabaseProperties(serverDir,
                drill.resolve("fresh-server"), 0, "renkei"));
        try {
            Matcher target = SERVER.matcher(fresh.jdbcUrl());
            assertThat(target.find()).isTrue();
            var restore = script("restore.sh", target.group(1), target.group(2), "renkei", key).run(file.toString());
            assertThat(restore.exitCode()).as(restore.output()).isZero();
            System.out.print(restore.output());
            DataSource restoredSource = new DriverManagerDataSource(fresh.jdbcUrl(), "root", "");
            JdbcTemplate restored = new JdbcTemplate(restoredSource);

            Map<String, Long> stable = new TreeMap<>(before);
            stable.entrySet().removeIf(table -> !table.getValue().equals(after.get(table.getKey())));
            assertThat(stable).containsKeys(ESSENTIAL.toArray(String[]::new));
            ESSENTIAL.forEach(table -> assertThat(stable.get(table)).as(table).isPositive());
            assertThat(rowCounts(restored, "renkei")).as("row counts of tables unchanged during the backup")
                    .containsAllEntriesOf(stable);

            Flyway.configure().dataSource(restoredSource)
                    .locations("classpath:db/migration", "classpath:db/demo", "classpath:db/test-fixtures")
                    .load().validate();
            ChainVerification chain = new AuditChainVerifier(restored, clock).verify();
            assertThat(chain.valid()).as("audit chain of the restored copy").isTrue();
            assertThat(chain.entriesChecked()).isEqualTo(restored.queryForObject("select count(*) from audit_entry", Long.class));
        } finally {
            fresh.stop();
        }
    }

    @Test
    void aDamagedBackupIsRefusedBeforeAnythingIsWritten() throws Exception {
        Matcher source = SERVER.matcher(((HikariDataSource) dataSource).getJdbcUrl());
        assertThat(source.find()).isTrue();
        Path key = drill.resolve("backup.key");
        Files.createDirectories(drill);
        Files.writeString(key, UUID.randomUUID().toString());
        assertThat(script("backup.sh", source.group(1), source.group(2), source.group(3), key).run().exitCode()).isZero();
        Path file = onlyBackupIn(drill.resolve("primary"));
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(file, bytes);

        var restore = script("restore.sh", source.group(1), source.group(2), "renkei_damaged_copy", key).run(file.toString());

        assertThat(restore.exitCode()).isNotZero();
        assertThat(restore.output()).contains("does not match its checksum");
        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from information_schema.schemata where schema_name = 'renkei_damaged_copy'", Long.class))
                .isZero();
    }

    private BackupScript script(String name, String host, String port, String database, Path key) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "RENKEI_BACKUP_DB_HOST", host, "RENKEI_BACKUP_DB_PORT", port, "RENKEI_BACKUP_DB_NAME", database,
                "RENKEI_BACKUP_DB_USER", "root", "RENKEI_BACKUP_DB_PASSWORD", "",
                "RENKEI_BACKUP_KEY_FILE", key.toAbsolutePath().toString(),
                "RENKEI_BACKUP_DIR", drill.resolve("primary").toAbsolutePath().toString(),
                "RENKEI_BACKUP_OFFLINE_DIR", drill.resolve("offline").toAbsolutePath().toString()));
        // The embedded server's own client tools, so the drill needs no MariaDB client package
        environment.put("PATH", serverDir.resolve("bin").toAbsolutePath() + ":" + System.getenv("PATH"));
        return new BackupScript(name, environment);
    }

    private static Path onlyBackupIn(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".sql.gz.enc")).reduce((a, b) -> {
                throw new AssertionError("more than one backup in " + directory);
            }).orElseThrow();
        }
    }

    private static Map<String, Long> rowCounts(JdbcTemplate jdbc, String schema) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables where table_schema = ?"
                + " and table_type = 'BASE TABLE'", String.class, schema)) {
            counts.put(table.toLowerCase(), jdbc.queryForObject("select count(*) from `" + schema + "`.`" + table + "`", Long.class));
        }
        return counts;
    }
}
