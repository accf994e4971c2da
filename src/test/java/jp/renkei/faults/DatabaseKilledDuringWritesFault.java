package jp.renkei.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code kill -9} of the database server while the portal submits referrals, books sessions and enters
 * milestones, {@code faults.trials} times (20 by default), the server restarted 5 s later each time. The portal
 * is never restarted: its readiness probe turns DOWN during the outage (the load balancer stops sending users)
 * and UP again by itself once the pool reconnects, the writes go on, and at the end every acknowledged write is
 * there, nothing is half written and every submission and booking was noticed exactly once.
 */
class DatabaseKilledDuringWritesFault {

    private static final int TRIALS = Integer.getInteger("faults.trials", 20);
    private static final Path WORK = Path.of("target", "database-killed-fault");
    private static final PortalProcess.Ports PORTS = new PortalProcess.Ports(18093, 3928, 13418);
    private static final Duration OUTAGE = Duration.ofSeconds(5);

    @RegisterExtension
    static GreenMailExtension smtp = PortalProcess.mailServer(PORTS.smtp());

    @Test
    void thePortalReportsTheOutageRecoversByItselfAndLosesNothingAcknowledged() throws Exception {
        Random random = new Random(20261201);
        List<Long> downAfter = new ArrayList<>();
        List<Long> upAfter = new ArrayList<>();
        org.springframework.util.FileSystemUtils.deleteRecursively(WORK);
        try (LoopbackDatabase database = LoopbackDatabase.start(WORK.resolve("db"), PORTS.database())) {
            PortalProcess portal = PortalProcess.start("DBKILL", database, PORTS, WORK.resolve("portal.log"));
            for (int trial = 1; trial <= TRIALS; trial++) {
                Thread.sleep(Duration.ofSeconds(3 + random.nextInt(6)));
                int acknowledgedBefore = portal.acknowledged().size();
                long killed = System.nanoTime();
                database.kill();
                long down = Readiness.await(PORTS.http(), 503, Duration.ofSeconds(60));
                assertThat(down).as("readiness DOWN in trial %d", trial).isNotNegative();
                Thread.sleep(OUTAGE.minusNanos(System.nanoTime() - killed).isNegative() ? Duration.ZERO
                        : OUTAGE.minusNanos(System.nanoTime() - killed));
                long restarted = System.nanoTime();
                database.restart();
                long up = Readiness.await(PORTS.http(), 200, Duration.ofMinutes(2));
                assertThat(up).as("readiness UP again by itself in trial %d", trial).isNotNegative();
                long writesResumed = awaitMoreAcknowledgements(portal, acknowledgedBefore);
                downAfter.add((down - killed) / 1_000_000);
                upAfter.add((up - restarted) / 1_000_000);
                System.out.printf("database-killed: trial %d: readiness DOWN %d ms after the kill, database restarted"
                        + " %d ms after the kill, readiness UP %d ms and writes acknowledged again %d ms after that%n",
                        trial, (down - killed) / 1_000_000, (restarted - killed) / 1_000_000,
                        (up - restarted) / 1_000_000, (writesResumed - restarted) / 1_000_000);
            }
            portal.kill();
            PortalProcess replaying = PortalProcess.start("-", database, PORTS, WORK.resolve("portal.log"));
            WritesFound result = WritesFound.settled(database.jdbc(), smtp::getReceivedMessages, "DBKILL",
                    portal.acknowledged());
            replaying.kill();
            System.out.printf("database-killed: %d trials, %d writes refused during outages: %s; readiness DOWN after"
                    + " %s ms, UP %s ms after the database restart%n", TRIALS, portal.failedWrites(), result,
                    summary(downAfter), summary(upAfter));

            assertThat(result.found()).as("acknowledged writes found").isEqualTo(result.acknowledged());
            assertThat(result.halfWritten()).as("rows written in part").isZero();
            assertThat(result.undelivered()).as("event publications never delivered").isZero();
            assertThat(result.noticedOnce()).as("in-app notices exactly once").isEqualTo(result.triggeringEvents());
            assertThat(result.mailedOnce()).as("notice mails exactly once").isEqualTo(result.triggeringEvents());
        }
    }

    private static long awaitMoreAcknowledgements(PortalProcess portal, int before) throws InterruptedException {
        for (int wait = 0; wait < 600 && portal.acknowledged().size() <= before; wait++) {
            Thread.sleep(100);
        }
        assertThat(portal.acknowledged().size()).as("writes acknowledged again after the outage").isGreaterThan(before);
        return System.nanoTime();
    }

    private static String summary(List<Long> millis) {
        return millis.isEmpty() ? "-" : millis.stream().mapToLong(Long::longValue).min().orElseThrow() + "–"
                + millis.stream().mapToLong(Long::longValue).max().orElseThrow() + " (median "
                + millis.stream().sorted().toList().get(millis.size() / 2) + ")";
    }
}
