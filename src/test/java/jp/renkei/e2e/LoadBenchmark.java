package jp.renkei.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;

import jp.renkei.bench.BenchmarkReport;
import jp.renkei.e2e.load.BenchAccounts;
import jp.renkei.e2e.load.FlightRecording;
import jp.renkei.e2e.load.LoadRecorder;
import jp.renkei.e2e.load.LoadRun;
import jp.renkei.e2e.load.ProcessCpu;
import jp.renkei.e2e.load.SimulatedUser;
import jp.renkei.e2e.load.StatementCount;
import jp.renkei.infrastructure.database.EmbeddedDatabaseProperties;
import jp.renkei.infrastructure.database.EmbeddedMariaDb;

/**
 * Run by {@code -Pbench verify} (it needs the packaged jar): simulated people against the packaged portal pinned to
 * core 0 ({@code taskset -c 0}), this load generator pinned to core 1, on the demo network with bench accounts
 * ({@link BenchAccounts}), a fresh portal and database per round. For each of {@code -Dload.users} (default
 * 250,500,1000): sign-ins spread over the ramp-up ({@code -Dload.rampSeconds}, default 0.7 s per person, at least
 * 30: what one core can sign in with Argon2id next to the loops of those already in), then, once every sign-in is
 * answered, {@code -Dload.settleSeconds} (default 20: two think times) unrecorded, then {@code -Dload.minutes}
 * (default 3) recorded,
 * everyone looping list → filter → scroll → open → counseling → book → week with 5–10 s think time. Per step p50,
 * p95, p99 and errors; the portal's CPU time during the recorded part per HTTP request and per step. With
 * {@code -Dload.jfr=target/bench/load.jfr}, a flight recording (settings=profile) of each round's recorded part.
 * With {@code -Dload.probeWarmup=N} the probe first takes N loops unrecorded, so its CPU per step is that of a warm
 * portal rather than of the JIT compiling each step's code on first use. With {@code -Dload.probeStatements=true} the
 * probe counts the database's SQL statements per step instead of the portal's CPU (a count the machine's load does
 * not bias). With {@code -Dload.jvmOptions="-XX:+UseG1GC …"} the portal's JVM gets these options besides its heap.
 */
class LoadBenchmark {

    private static final List<Integer> USERS = Arrays.stream(System.getProperty("load.users", "250,500,1000")
            .split(",")).map(String::trim).map(Integer::valueOf).toList();
    private static final double MINUTES = Double.parseDouble(System.getProperty("load.minutes", "3"));
    /** The portal's heap: the documented production start's by default (config/README.md). */
    private static final String HEAP = System.getProperty("load.xmx", "2g");
    /**
     * The portal's JVM options besides the heap: by default those of the documented production start
     * ({@code config/README.md}), G1 named because a JVM that sees one processor picks the serial collector, whose
     * whole-heap pauses stop every request (performance.md, runs 9–12). {@code -Dload.jvmOptions=} for none.
     */
    private static final List<String> JVM_OPTIONS = Arrays.stream(System.getProperty("load.jvmOptions",
            "-XX:+UseG1GC").trim()
            .split("\\s+")).filter(option -> !option.isEmpty()).toList();
    private static final Path WORK = Path.of("target", "load-bench");
    private static final int PROBE_LOOPS = Integer.getInteger("load.probeLoops", 20);
    private static final int PROBE_WARMUP_LOOPS = Integer.getInteger("load.probeWarmup", 0);
    /** Recorded sign-ins of other bench people after the probe's loops and as many unrecorded: a warm sign-in. */
    private static final int PROBE_SIGN_INS = Integer.getInteger("load.probeSignIns", 30);
    private static final boolean PROBE_STATEMENTS = Boolean.getBoolean("load.probeStatements");

    @Test
    void usersOnOneCore() throws Exception {
        pinThisJvmTo("1");
        try {
            runRounds();
        } finally {
            // the benchmarks after this one run in the same JVM and start portals from it: give them every core back
            // (a start-up benchmark after this one measured a portal on one core otherwise)
            pinThisJvmTo("0-" + (cores() - 1));
        }
    }

    private static void runRounds() throws Exception {
        Files.createDirectories(WORK);
        BenchmarkReport report = new BenchmarkReport("load", ("Load: simulated people on the packaged portal pinned "
                + "to one core (taskset -c 0, -Xmx%s%s, demo network + bench accounts, a fresh portal and database per "
                + "round), think time 5–10 s, %.1f min recorded per round").formatted(HEAP,
                JVM_OPTIONS.isEmpty() ? "" : " " + String.join(" ", JVM_OPTIONS), MINUTES), "users", "step",
                "count", "p50", "p95", "p99", "errors");
        List<String> summaries = new ArrayList<>();
        List<String> probes = new ArrayList<>();
        for (int users : USERS) {
            summaries.add(onFreshPortal(report, users, probes));
            System.out.println(summaries.getLast()); // a long run killed later still shows its first rounds
        }
        report.note("Per round: CPU of the portal during the recorded part, requests, booking outcomes, load "
                + "average (1 min) of the machine", String.join("\n", summaries));
        report.note("Before each round, one person alone, " + PROBE_LOOPS + " loops without think time (also the "
                + "portal's warm-up" + (PROBE_WARMUP_LOOPS == 0 ? "" : ", after " + PROBE_WARMUP_LOOPS
                        + " unrecorded loops") + "): the portal's CPU per step (ms) and the step's median",
                String.join("\n", probes));
        report.write();
    }

    /**
     * One round on its own database and portal: no sessions left from an earlier round, and no sign-in throttling
     * carried over (all simulated people come from one address, which the portal throttles after 20 failures).
     */
    private static String onFreshPortal(BenchmarkReport report, int users, List<String> probes) throws Exception {
        EmbeddedMariaDb database = EmbeddedMariaDb.start(new EmbeddedDatabaseProperties(WORK.resolve("mariadb-server"),
                WORK.resolve("db-" + UUID.randomUUID()), 0, "renkei"));
        Process portal = null;
        try {
            int port = freePort();
            portal = startPinned(database, port);
            List<String> accounts = BenchAccounts.create(database.jdbcUrl(), users + 1 + 2 * PROBE_SIGN_INS);
            String baseUrl = "http://localhost:" + port;
            long pid = portal.pid();
            String probeAccount = accounts.get(users);
            if (PROBE_STATEMENTS) {
                try (StatementCount statements = new StatementCount(database.jdbcUrl())) {
                    probes.add(users + " users' portal, SQL statements per step: "
                            + probe(statements, baseUrl, probeAccount));
                }
            } else {
                probes.add(users + " users' portal: " + probe(() -> ProcessCpu.millis(pid), baseUrl, probeAccount)
                        + "; " + warmSignIns(pid, baseUrl, accounts.subList(users + 1, accounts.size()), users));
            }
            return round(report, portal.pid(), "http://localhost:" + port, accounts.subList(0, users));
        } finally {
            if (portal != null) {
                portal.destroy();
                portal.waitFor();
            }
            database.stop();
        }
    }

    /**
     * One person, alone, through the flow without think time: what each step costs the portal's CPU (ms), or with
     * {@code -Dload.probeStatements=true} the database's statements.
     */
    private static String probe(LongSupplier cost, String baseUrl, String username) throws InterruptedException {
        LoadRecorder recorder = new LoadRecorder(cost);
        SimulatedUser person = new SimulatedUser(baseUrl, username, PortalBrowserTest.DEMO_PASSWORD,
                () -> BenchCodes.now(Instant.now()), recorder, 0, 0);
        if (person.signIn()) { // the sign-in is recorded either way
            for (int i = 0; i < PROBE_WARMUP_LOOPS; i++) {
                person.loop();
            }
            recorder.recording(true);
            for (int i = 0; i < PROBE_LOOPS; i++) {
                person.loop();
            }
        }
        return LoadRecorder.STEPS.stream().map(step -> "%s %.1f (%s)".formatted(step, recorder.cpuMillisPerStep(step),
                ms(recorder.percentile(step, 50)))).collect(java.util.stream.Collectors.joining(", "))
                + (recorder.errors() == 0 ? "" : "; errors " + recorder.firstErrors());
    }

    /**
     * Sign-ins one after another, each by another bench person (a code is good once per account and 30 s step), on
     * the portal the probe has warmed: half of them unrecorded (the JIT compiles the sign-in's code, Argon2 among
     * it, during the first dozens), the other half recorded: the CPU of a sign-in as a long ramp-up pays it, which
     * the probe's first, cold sign-in overstates. With {@code -Dload.jfr}, the recorded half is profiled into
     * {@code <name>-signin-<users>.jfr}.
     */
    private static String warmSignIns(long portalPid, String baseUrl, List<String> usernames, int users)
            throws InterruptedException {
        if (usernames.isEmpty()) {
            return "no warm sign-ins";
        }
        int half = usernames.size() / 2;
        signIns(baseUrl, usernames.subList(0, half), new LoadRecorder());
        LoadRecorder recorder = new LoadRecorder(() -> ProcessCpu.millis(portalPid));
        FlightRecording profile = FlightRecording.of(portalPid, "signin-" + users);
        if (profile != null) {
            profile.start();
        }
        signIns(baseUrl, usernames.subList(half, usernames.size()), recorder);
        if (profile != null) {
            System.out.println("flight recording of the warm sign-ins: " + profile.stop());
        }
        return "%d warm sign-ins: %.0f CPU-ms each (%s; %s)".formatted(recorder.count("sign-in"),
                recorder.cpuMillisPerStep("sign-in"), ms(recorder.percentile("sign-in", 50)),
                recorder.cpuMillisPerRequest("sign-in"))
                + (recorder.errors() == 0 ? "" : "; errors " + recorder.firstErrors());
    }

    private static void signIns(String baseUrl, List<String> usernames, LoadRecorder recorder)
            throws InterruptedException {
        for (String username : usernames) {
            new SimulatedUser(baseUrl, username, PortalBrowserTest.DEMO_PASSWORD, () -> BenchCodes.now(Instant.now()),
                    recorder, 0, 0).signIn();
        }
    }

    private static String round(BenchmarkReport report, long portalPid, String baseUrl, List<String> usernames)
            throws Exception {
        LoadRecorder recorder = new LoadRecorder();
        Duration ramp = Duration.ofSeconds(Long.getLong("load.rampSeconds", Math.max(30, usernames.size() * 7L / 10)));
        LoadRun run = new LoadRun(usernames, username -> new SimulatedUser(baseUrl, username,
                PortalBrowserTest.DEMO_PASSWORD, () -> BenchCodes.now(Instant.now()), recorder, 5_000, 10_000), ramp,
                Duration.ofSeconds(Long.getLong("load.settleSeconds", 20)), Duration.ofMillis((long) (MINUTES * 60_000)),
                recorder);
        long rampStartCpu = ProcessCpu.millis(portalPid);
        long rampStarted = System.nanoTime();
        long[] rampEnd = new long[2];
        long[] cpu = new long[2];
        long[] requests = new long[2];
        String[] load = new String[2];
        FlightRecording profile = FlightRecording.of(portalPid, String.valueOf(usernames.size()));
        run.run(() -> {
            if (profile != null) {
                profile.start();
            }
            cpu[0] = ProcessCpu.millis(portalPid);
            rampEnd[0] = cpu[0] - rampStartCpu;
            rampEnd[1] = (System.nanoTime() - rampStarted) / 1_000_000_000;
            requests[0] = requestCount();
            load[0] = loadAverage();
        }, () -> {
            cpu[1] = ProcessCpu.millis(portalPid);
            requests[1] = requestCount();
            load[1] = loadAverage();
            if (profile != null) {
                System.out.println("flight recording of the recorded part: " + profile.stop());
            }
        });
        long steps = 0;
        for (String step : LoadRecorder.STEPS) {
            report.row(usernames.size(), step, recorder.count(step), ms(recorder.percentile(step, 50)),
                    ms(recorder.percentile(step, 95)), ms(recorder.percentile(step, 99)), recorder.errors(step));
            steps += step.equals("sign-in") ? 0 : recorder.count(step) + recorder.errors(step);
        }
        long cpuMillis = cpu[1] - cpu[0];
        long httpRequests = requests[1] - requests[0];
        return ("%d users: signed in %d, loops %d; portal CPU %,d ms in %.1f min = %.0f%% of its core; %,d HTTP "
                + "requests → %.2f CPU-ms per request, %.2f CPU-ms per step; bookings %s; load average %s → %s; "
                + "first errors %s; before the recorded part (sign-ins over %d s, their first loops and the settling, "
                + "%d s in all; sign-ins still unanswered at its start: %d): portal CPU %,d ms").formatted(
                        usernames.size(), run.signedIn(), run.loops(), cpuMillis, MINUTES,
                        100.0 * cpuMillis / (MINUTES * 60_000), httpRequests, (double) cpuMillis / httpRequests,
                        (double) cpuMillis / Math.max(1, steps), recorder.outcomes(), load[0], load[1],
                        recorder.firstErrors(), ramp.toSeconds(), rampEnd[1], run.signInsPendingAtStart(), rampEnd[0]);
    }

    private static long requestCount() {
        return LoadRun.httpRequests();
    }

    private static String ms(double millis) {
        return Double.isNaN(millis) ? "-" : "%.1f ms".formatted(millis);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    /** The machine's cores, not the JVM's (which sees only those it is pinned to). */
    private static int cores() throws IOException {
        return (int) Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(line -> line.startsWith("processor")).count();
    }

    /** The load generator on the other core than the portal: every thread of this JVM (-a), and those it starts. */
    private static void pinThisJvmTo(String cores) throws IOException, InterruptedException {
        Process taskset = new ProcessBuilder("taskset", "-a", "-p", "-c", cores,
                String.valueOf(ProcessHandle.current().pid())).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (taskset.waitFor() != 0) {
            throw new IllegalStateException("taskset failed");
        }
    }

    private static Process startPinned(EmbeddedMariaDb database, int port) throws Exception {
        Path log = WORK.resolve("portal-" + port + ".log");
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of("taskset", "-c", "0", javaCommand, "-Xmx" + HEAP));
        command.addAll(JVM_OPTIONS);
        if (System.getProperty("load.jfr") != null) {
            // JFR keeps 64 frames by default: a Vaadin request's stack is deeper, and the view or handler at its
            // root would be cut off, so a profile could not say which step a sample belongs to
            command.add("-XX:FlightRecorderOptions:stackdepth=256");
        }
        command.addAll(List.of("-jar", System.getProperty("renkei.jar"), "--spring.profiles.active=demo",
                "--server.port=" + port));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("RENKEI_DB_URL", database.jdbcUrl(), "RENKEI_DB_USER", "root",
                "RENKEI_DB_PASSWORD", ""));
        Process process = builder.start();
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + port + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the pinned portal did not get ready; see " + log.toAbsolutePath());
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
