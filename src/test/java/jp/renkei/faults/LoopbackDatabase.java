package jp.renkei.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A MariaDB server of Debian's package on a port of 127.0.0.1, started and killed through
 * {@code config/two-nodes/two-nodes.sh} (its accounts and settings), its data in {@code work}.
 */
final class LoopbackDatabase implements AutoCloseable {

    private static final String OWNER_PASSWORD = "two-nodes-owner";
    private static final String APP_PASSWORD = "two-nodes-app";

    private final Path work;
    private final int port;
    private final String url;

    private LoopbackDatabase(Path work, int port) {
        this.work = work;
        this.port = port;
        this.url = "jdbc:mysql://127.0.0.1:" + port + "/renkei?connectionTimeZone=UTC"
                + "&forceConnectionTimeZoneToSession=true&useSSL=false&allowPublicKeyRetrieval=true";
    }

    /** A fresh data directory and a running server. */
    static LoopbackDatabase start(Path work, int port) throws IOException, InterruptedException {
        org.springframework.util.FileSystemUtils.deleteRecursively(work);
        LoopbackDatabase database = new LoopbackDatabase(work, port);
        database.script("start-database");
        return database;
    }

    void restart() throws IOException, InterruptedException {
        script("start-database");
    }

    void kill() throws IOException, InterruptedException {
        script("kill-database");
    }

    /** The portal's own arguments for this database: the application account, the owner migrating. */
    List<String> portalArguments() {
        return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=renkei",
                "--spring.datasource.password=" + APP_PASSWORD, "--spring.flyway.user=renkei_owner",
                "--spring.flyway.password=" + OWNER_PASSWORD);
    }

    /** Queries as the owner, who sees every hospital's rows (no tenant filter below the portal). */
    JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(url, "renkei_owner", OWNER_PASSWORD));
    }

    /** Transactions waiting for a row lock now. */
    int transactionsWaitingForALock() throws IOException, InterruptedException {
        return countAsRoot("select count(*) from information_schema.innodb_trx where trx_state = 'LOCK WAIT'");
    }

    /** Transactions open now, of any connection. */
    int openTransactions() throws IOException, InterruptedException {
        return countAsRoot("select count(*) from information_schema.innodb_trx");
    }

    /**
     * As the server's root over its socket: the portal's accounts lack the PROCESS privilege that
     * {@code information_schema.innodb_trx} needs.
     */
    private int countAsRoot(String query) throws IOException, InterruptedException {
        Process mariadb = new ProcessBuilder("mariadb", "--no-defaults",
                "--socket=" + work.toAbsolutePath().resolve("db.sock"), "-uroot", "-N", "-B", "-e", query)
                .redirectErrorStream(true).start();
        String output = new String(mariadb.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!mariadb.waitFor(1, TimeUnit.MINUTES) || mariadb.exitValue() != 0) {
            throw new IllegalStateException("could not ask the database server: " + output);
        }
        return Integer.parseInt(output.strip());
    }

    @Override
    public void close() throws IOException, InterruptedException {
        script("stop");
    }

    private void script(String command) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("bash", "config/two-nodes/two-nodes.sh", command,
                work.toAbsolutePath().toString()));
        Files.createDirectories(work);
        // To a file, not a pipe: the server the script leaves running must not hold the test's reading end
        Path output = work.resolve("two-nodes-" + command + ".out");
        ProcessBuilder builder = new ProcessBuilder(arguments).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("RENKEI_LOCAL_DB_PORT", String.valueOf(port));
        builder.environment().put("RENKEI_DB_OWNER_PASSWORD", OWNER_PASSWORD);
        builder.environment().put("RENKEI_DB_PASSWORD", APP_PASSWORD);
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("two-nodes.sh " + command + " failed: " + Files.readString(output));
        }
    }
}
