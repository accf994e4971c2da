package jp.renkei.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * {@link StreamOfWrites} in a JVM of its own on the test classpath, against a {@link LoopbackDatabase}, its output
 * appended to {@code log}. Collects the writes it acknowledged; {@link #kill()} is {@code kill -9}.
 */
final class PortalProcess {

    /** A Tuesday morning in Tokyo: the demo network's counselors have free slots ahead. */
    private static final String CLOCK_START = "2026-12-01T10:00+09:00";

    private final Process process;
    private final List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private volatile int failed;

    /** A write the portal reported as done: its kind (referral, booking, milestone), the row's id, the patient. */
    record Acknowledged(String kind, long id, String patient) {
    }

    private PortalProcess(Process process, Path log) {
        this.process = process;
        Thread.ofPlatform().daemon().start(() -> follow(log));
        // A failed test must not leave a portal writing into the next test's database
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    }

    /** Starts the portal writing with patient IDs tagged {@code tag} ("-": no writes) and waits until it runs. */
    static PortalProcess start(String tag, LoopbackDatabase database, Ports ports, Path log) throws Exception {
        return start(tag, database, ports, log, Duration.ZERO);
    }

    /**
     * As above, with the clock started {@code later} than usual: a portal started again after a kill goes on from
     * where the killed one's clock was, as after a real restart, so what the killed one left undelivered ages.
     */
    static PortalProcess start(String tag, LoopbackDatabase database, Ports ports, Path log, Duration later)
            throws Exception {
        return start(tag, arguments("demo,it", ports.http(), ports.smtp(), database.portalArguments(),
                OffsetDateTime.parse(CLOCK_START).plus(later)), log);
    }

    /**
     * The ports of one fault test class, its own so that fault tests may run side by side: the portal's HTTP
     * port, the test's mail server and the database server.
     */
    record Ports(int http, int smtp, int database) {
    }

    /**
     * The portal's Spring arguments: its profiles and HTTP port, the test's SMTP server and clock, a database.
     * A delivery left unfinished by a killed portal is abandoned after 30 s (production: 5 minutes), so the
     * replay by {@code DeliveryRetries} comes within a fault test's patience.
     */
    static List<String> arguments(String profiles, int httpPort, int smtpPort, List<String> database) {
        return arguments(profiles, httpPort, smtpPort, database, OffsetDateTime.parse(CLOCK_START));
    }

    private static List<String> arguments(String profiles, int httpPort, int smtpPort, List<String> database,
            OffsetDateTime clockStart) {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=" + profiles,
                "--server.port=" + httpPort, "--spring.mail.port=" + smtpPort, "--renkei.clock.start=" + clockStart,
                "--renkei.delivery.abandoned-after=PT30S"));
        arguments.addAll(database);
        return arguments;
    }

    /**
     * {@code arguments} without the test clock: the portal on the real clock, for tests that sign in with the
     * demo authenticator's code of the moment.
     */
    static List<String> onTheRealClock(List<String> arguments) {
        return arguments.stream().filter(argument -> !argument.startsWith("--renkei.clock.start=")).toList();
    }

    /** As above, with these Spring arguments. */
    static PortalProcess start(String tag, List<String> springArguments, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx640m", "-cp", testClasspath(),
                StreamOfWrites.class.getName(), tag));
        command.addAll(springArguments);
        PortalProcess portal = new PortalProcess(new ProcessBuilder(command).redirectErrorStream(true).start(), log);
        for (int waited = 0; !portal.ready.await(1, TimeUnit.SECONDS); waited++) {
            if (!portal.alive() || waited > 360) {
                portal.kill();
                throw new IllegalStateException("the portal did not start within 6 minutes; see " + log);
            }
        }
        return portal;
    }

    List<Acknowledged> acknowledged() {
        return List.copyOf(acknowledged);
    }

    int failedWrites() {
        return failed;
    }

    /** The test's mail server, kept for the whole test class. */
    static GreenMailExtension mailServer(int port) {
        return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", "smtp"))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
                .withPerMethodLifecycle(false);
    }

    /** Sends a command line to {@link StreamOfWrites} (its stdin). */
    void send(String command) throws IOException {
        process.getOutputStream().write((command + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
    }

    /** The next answer to a command, or null after a minute. */
    String answer() throws InterruptedException {
        return answers.poll(1, TimeUnit.MINUTES);
    }

    void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no graceful shutdown
        process.waitFor(1, TimeUnit.MINUTES);
    }

    /** SIGTERM, as a service manager or {@code two-nodes.sh stop} stops a node: the graceful shutdown. */
    void terminate() {
        process.destroy();
    }

    /** The exit status, once the process ended within {@code limit}; empty if it still runs. */
    java.util.OptionalInt exitWithin(java.time.Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) ? java.util.OptionalInt.of(process.exitValue())
                : java.util.OptionalInt.empty();
    }

    boolean alive() {
        return process.isAlive();
    }

    private void follow(Path log) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
                PrintWriter file = new PrintWriter(Files.newBufferedWriter(log, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                file.println(line);
                if (line.equals("READY")) {
                    ready.countDown();
                } else if (line.startsWith("ACK ") && line.endsWith(" END")) {
                    String[] parts = line.split(" ");
                    acknowledged.add(new Acknowledged(parts[1], Long.parseLong(parts[2]), parts[3]));
                } else if (line.startsWith("FAILED ")) {
                    failed++;
                } else if (line.endsWith(" END")) {
                    answers.add(line.substring(0, line.length() - " END".length()));
                }
            }
        } catch (IOException e) {
            // the process was killed while a line was being written: that line was never an acknowledgement
        }
    }

    /** Surefire and failsafe put the test classpath in surefire.test.class.path (java.class.path may be a jar). */
    private static String testClasspath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
