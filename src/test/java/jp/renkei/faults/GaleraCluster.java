package jp.renkei.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@code config/galera/galera.sh}: three MariaDB Galera nodes on 127.0.0.1:3511–3513, data in {@code work}. */
final class GaleraCluster implements AutoCloseable {

    static final List<Integer> PORTS = List.of(3511, 3512, 3513);
    private static final String OWNER_PASSWORD = "galera-owner";
    private static final String APP_PASSWORD = "galera-app";

    private final Path work;

    private GaleraCluster(Path work) {
        this.work = work;
    }

    static GaleraCluster start(Path work) throws IOException, InterruptedException {
        org.springframework.util.FileSystemUtils.deleteRecursively(work);
        GaleraCluster cluster = new GaleraCluster(work);
        cluster.script("start");
        return cluster;
    }

    void kill(int node) throws IOException, InterruptedException {
        script("kill-node", String.valueOf(node));
    }

    void start(int node) throws IOException, InterruptedException {
        script("start-node", String.valueOf(node));
    }

    /**
     * The portal's arguments for a connection to node {@code first}, failing over to the others in turn
     * (Connector/J's multi-host URL; writable after failover, as every Galera node takes writes).
     */
    List<String> portalArguments(int first) {
        StringBuilder hosts = new StringBuilder();
        for (int i = 0; i < PORTS.size(); i++) {
            hosts.append(i == 0 ? "" : ",").append("127.0.0.1:").append(PORTS.get((first - 1 + i) % PORTS.size()));
        }
        return List.of("--spring.datasource.url=jdbc:mysql://" + hosts + "/renkei?connectionTimeZone=UTC"
                + "&forceConnectionTimeZoneToSession=true&useSSL=false&allowPublicKeyRetrieval=true"
                + "&failOverReadOnly=false", "--spring.datasource.username=renkei",
                "--spring.datasource.password=" + APP_PASSWORD, "--spring.flyway.user=renkei_owner",
                "--spring.flyway.password=" + OWNER_PASSWORD);
    }

    /** Queries on one node as the owner, after what any node committed before (causal reads). */
    JdbcTemplate jdbc(int node) {
        return new JdbcTemplate(new DriverManagerDataSource("jdbc:mysql://127.0.0.1:" + PORTS.get(node - 1)
                + "/renkei?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&useSSL=false"
                + "&allowPublicKeyRetrieval=true&sessionVariables=wsrep_sync_wait=1", "renkei_owner",
                OWNER_PASSWORD));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        script("stop");
    }

    private void script(String... command) throws IOException, InterruptedException {
        List<String> arguments = new java.util.ArrayList<>(List.of("bash", "config/galera/galera.sh"));
        arguments.addAll(List.of(command));
        arguments.add(work.toAbsolutePath().toString());
        Files.createDirectories(work.getParent());
        Path output = work.resolveSibling("galera-" + command[0] + ".out");
        ProcessBuilder builder = new ProcessBuilder(arguments).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("RENKEI_DB_OWNER_PASSWORD", OWNER_PASSWORD);
        builder.environment().put("RENKEI_DB_PASSWORD", APP_PASSWORD);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("galera.sh " + command[0] + " failed: " + Files.readString(output));
        }
    }
}
