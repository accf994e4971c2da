package jp.renkei.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.ExtensionContext;

import jp.renkei.infrastructure.database.EmbeddedDatabaseProperties;
import jp.renkei.infrastructure.database.EmbeddedMariaDb;

/**
 * The packaged portal, started as a real process with the demo profile and a fresh embedded database, the
 * way a newcomer runs it. Set {@code -Drenkei.baseUrl=http://localhost:8080} to test an already running one.
 */
final class RunningPortal implements AutoCloseable {

    private static final ExtensionContext.Namespace SHARED = ExtensionContext.Namespace.create(RunningPortal.class);

    private final Process process;
    private final EmbeddedMariaDb database;
    private final String baseUrl;
    private boolean closed;
    /** Stops the jar and its database should the test JVM end before {@link #close()} (Ctrl-C, fork timeout). */
    private final Thread shutdownHook = new Thread(this::close, "renkei-e2e-portal-shutdown");

    private RunningPortal(Process process, EmbeddedMariaDb database, String baseUrl) {
        this.process = process;
        this.database = database;
        this.baseUrl = baseUrl;
    }

    /**
     * The portal shared by every browser test class of this test run, started by the first one that asks. It
     * lives in JUnit's root store, which closes it once all test classes have run.
     */
    static RunningPortal shared(ExtensionContext context) {
        return context.getRoot().getStore(SHARED).computeIfAbsent(RunningPortal.class, key -> {
            try {
                return start();
            } catch (IOException e) {
                throw new UncheckedIOException("The portal did not start", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while starting the portal", e);
            }
        }, RunningPortal.class);
    }

    static RunningPortal start() throws IOException, InterruptedException {
        String external = System.getProperty("renkei.baseUrl");
        if (external != null && !external.isBlank()) {
            return new RunningPortal(null, null, external);
        }
        String jar = System.getProperty("renkei.jar");
        if (jar == null || !new File(jar).isFile()) {
            throw new IllegalStateException("Packaged jar not found (" + jar + "): run the browser tests with `mvnw verify`");
        }
        int port = freePort();
        Path work = Path.of("target", "e2e-portal");
        Files.createDirectories(work);
        Path log = work.resolve("portal-" + port + ".log");
        // The production jar carries no embedded server: it gets a MySQL-compatible one by URL, as in production.
        EmbeddedMariaDb database = EmbeddedMariaDb.start(new EmbeddedDatabaseProperties(
                work.resolve("mariadb-server"), work.resolve("db-" + UUID.randomUUID()), 0, "renkei"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx768m", "-jar", jar,
                "--spring.profiles.active=demo", "--server.port=" + port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("RENKEI_DB_URL", database.jdbcUrl());
        builder.environment().put("RENKEI_DB_USER", "root");
        builder.environment().put("RENKEI_DB_PASSWORD", "");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            database.stop();
            throw e;
        }
        RunningPortal portal = new RunningPortal(process, database, "http://localhost:" + port);
        Runtime.getRuntime().addShutdownHook(portal.shutdownHook);
        try {
            portal.awaitHealthy(Duration.ofMinutes(3), log);
        } catch (RuntimeException | InterruptedException e) {
            portal.close();
            throw e;
        }
        return portal;
    }

    String url(String path) {
        return baseUrl + path;
    }

    /** The JDBC address of the portal's database, when this run started it (not for {@code -Drenkei.baseUrl}). */
    java.util.Optional<String> databaseUrl() {
        return java.util.Optional.ofNullable(database).map(EmbeddedMariaDb::jdbcUrl);
    }

    private void awaitHealthy(Duration timeout, Path log) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal exited during start-up; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The portal was not healthy within " + timeout + "; see " + log.toAbsolutePath());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting: the hook waits for this close to finish
            }
        }
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (database != null) {
            database.stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
