package jp.renkei.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import jp.renkei.bench.BenchmarkReport;
import jp.renkei.infrastructure.database.EmbeddedDatabaseProperties;
import jp.renkei.infrastructure.database.EmbeddedMariaDb;

/**
 * Run by {@code -Pbench verify} (it needs the packaged jar): seconds from {@code java -jar} until
 * {@code /actuator/health/readiness} says UP, on one already migrated database (a first start that migrates and
 * loads the demo network is timed apart); then extracted ({@code -Djarmode=tools extract}, as the JDK's AOT cache
 * needs a plain class path) without and with the JDK 25 AOT cache: a training run with {@code -XX:AOTCacheOutput}
 * (the cache is written when the portal stops) and starts with {@code -XX:AOTCache} and {@code -XX:AOTMode=on}, so
 * a cache the JVM cannot use stops the start instead of being ignored. {@link StartupSmokeE2E} runs it once per
 * start in the default build.
 */
class StartupBenchmark {

    private static final Path WORK = Path.of("target", "startup-bench");

    private final int rounds;

    StartupBenchmark() {
        this(Integer.getInteger("startup.rounds", 3));
    }

    StartupBenchmark(int rounds) {
        this.rounds = rounds;
    }

    @Test
    void packagedJarToReady() throws Exception {
        Path jar = Path.of(System.getProperty("renkei.jar"));
        Files.createDirectories(WORK);
        Path cache = WORK.resolve("renkei.aot");
        Files.deleteIfExists(cache);
        EmbeddedMariaDb database = EmbeddedMariaDb.start(new EmbeddedDatabaseProperties(WORK.resolve("mariadb-server"),
                WORK.resolve("db-" + UUID.randomUUID()), 0, "renkei"));
        try {
            BenchmarkReport report = new BenchmarkReport("startup", "Packaged jar to ready (%s, -Xmx768m, demo profile)"
                    .formatted(jar.getFileName()), "start", "to ready", "CPU to ready", "load average", "rounds");
            report.row("first start (migrations, demo network)", seconds(start(jar, database, List.of())), 1);
            report.row("packaged jar (java -jar)", median(jar, database, List.of()), rounds);
            // the JDK caches classes of the class path only, not of the nested jars Spring Boot's loader opens
            Path extracted = extract(jar);
            report.row("extracted jar (jarmode tools extract)", median(extracted, database, List.of()), rounds);
            Start training = start(extracted, database, List.of("-XX:AOTCacheOutput=" + cache));
            report.row("extracted, training run with -XX:AOTCacheOutput (cache %,d MB)"
                    .formatted(Files.size(cache) >> 20), seconds(training), 1);
            report.row("extracted, with -XX:AOTCache", median(extracted, database, List.of("-XX:AOTCache=" + cache,
                    "-XX:AOTMode=on")), rounds);
            assertThat(report.write()).as("one row per kind of start").hasSize(5);
        } finally {
            database.stop();
        }
    }

    /** The round with the median wall time, all rounds' wall times next to it. */
    private String median(Path jar, EmbeddedMariaDb database, List<String> options) throws Exception {
        List<Start> starts = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            starts.add(start(jar, database, options));
        }
        starts.sort(Comparator.comparingDouble(Start::toReady));
        Start median = starts.get(rounds / 2);
        return "%.1f s (%s) | %.1f s | %.1f".formatted(median.toReady(), starts.stream()
                .map(start -> "%.1f".formatted(start.toReady())).toList(), median.cpu(), median.load());
    }

    /**
     * Wall seconds to ready, the portal's CPU seconds by then (all its threads: JIT and GC too) and the machine's
     * one-minute load average at that moment: on a shared machine the wall time alone says little.
     */
    private record Start(double toReady, double cpu, double load) {
    }

    /** Starts the jar, waits for readiness, stops it (gracefully: the AOT cache is written at exit). */
    private static Start start(Path jar, EmbeddedMariaDb database, List<String> options) throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx768m"));
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString(), "--spring.profiles.active=demo", "--server.port=" + port));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(WORK.resolve("portal-" + port + ".log").toFile());
        builder.environment().put("RENKEI_DB_URL", database.jdbcUrl());
        builder.environment().put("RENKEI_DB_USER", "root");
        builder.environment().put("RENKEI_DB_PASSWORD", "");
        long started = System.nanoTime();
        Process portal = builder.start();
        try {
            awaitReady(portal, "http://localhost:" + port + "/actuator/health/readiness");
            double toReady = (System.nanoTime() - started) / 1e9;
            double cpu = portal.info().totalCpuDuration().map(Duration::toMillis).orElse(0L) / 1e3;
            return new Start(toReady, cpu, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            portal.destroy();
            // a training run writes the cache on the way out, which takes a while
            if (!portal.waitFor(5, TimeUnit.MINUTES)) {
                portal.destroyForcibly();
            }
        }
    }

    private static Path extract(Path jar) throws IOException, InterruptedException {
        Path destination = WORK.resolve("extracted");
        Process tools = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force", "--destination", destination.toString())
                .inheritIO().start();
        if (tools.waitFor() != 0) {
            throw new IllegalStateException("jarmode tools extract failed");
        }
        return destination.resolve(jar.getFileName());
    }

    private static void awaitReady(Process portal, String readiness) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!portal.isAlive()) {
                throw new IllegalStateException("the portal exited during start-up; see " + WORK);
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(readiness))
                        .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("not ready within 3 minutes; see " + WORK);
    }

    private static String seconds(Start start) {
        return "%.1f s | %.1f s | %.1f".formatted(start.toReady(), start.cpu(), start.load());
    }
}
