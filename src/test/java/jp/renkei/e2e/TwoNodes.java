package jp.renkei.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code config/two-nodes/two-nodes.sh} on ports of its own (18080 for HAProxy, 18081/18082 for the nodes,
 * 13407 for MariaDB), so it does not collide with a portal someone runs on 8080.
 */
final class TwoNodes implements AutoCloseable {

    static final String PORTAL = "http://127.0.0.1:18080";
    private static final Map<String, String> PORTS = Map.of("RENKEI_LB_PORT", "18080",
            "RENKEI_NODE_PORTS", "18081 18082", "RENKEI_LOCAL_DB_PORT", "13407");

    private final Path work;

    private TwoNodes(Path work) {
        this.work = work;
    }

    /** A fresh database (the demo network), node 1, node 2 and HAProxy, in {@code work}. */
    static TwoNodes start(Path work) throws IOException, InterruptedException {
        org.springframework.util.FileSystemUtils.deleteRecursively(work);
        TwoNodes nodes = new TwoNodes(work);
        try {
            nodes.script("start");
        } catch (RuntimeException | IOException e) {
            nodes.close();
            throw e;
        }
        return nodes;
    }

    void kill(String node) throws IOException, InterruptedException {
        script("kill-node", node.replace("node", ""));
    }

    void start(String node) throws IOException, InterruptedException {
        script("start-node", node.replace("node", ""));
    }

    Path log(String node) {
        return work.resolve(node + ".log");
    }

    /** One number from the shared database, asked as its root over the local socket. */
    long count(String query) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("mariadb", "--no-defaults", "--socket=" + work.resolve("db.sock"),
                "-uroot", "-N", "-B", "renkei", "-e", query).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(query + ": " + output);
        }
        return Long.parseLong(output);
    }

    @Override
    public void close() {
        try {
            script("stop");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("The two-node setup did not stop; see " + work, e);
        }
    }

    private void script(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", "config/two-nodes/two-nodes.sh"));
        command.addAll(List.of(arguments));
        command.add(work.toAbsolutePath().toString());
        // To a file, not a pipe: the servers the script leaves running must not hold the test's reading end
        Files.createDirectories(work);
        Path output = work.resolve("two-nodes-" + arguments[0] + ".out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(PORTS);
        builder.environment().put("RENKEI_JAR", System.getProperty("renkei.jar"));
        Process process = builder.start();
        if (!process.waitFor(12, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("two-nodes.sh " + arguments[0] + " did not finish");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("two-nodes.sh " + arguments[0] + " failed: " + Files.readString(output));
        }
    }
}
