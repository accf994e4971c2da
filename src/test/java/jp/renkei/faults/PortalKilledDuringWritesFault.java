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

import jp.renkei.faults.PortalProcess.Acknowledged;

/**
 * {@code kill -9} of the portal while it submits referrals, books counseling sessions and enters C-CAT
 * milestones, {@code faults.trials} times (20 by default): each trial starts the portal, lets it write for 4–12 s
 * and kills it. What a killed portal left undelivered is replayed by {@code DeliveryRetries} once it is abandoned
 * (30 s old here; each portal's clock goes on from the test's start, as after real restarts), by whichever portal
 * runs then, at the latest the last one, started only to replay, which is given up to 5 minutes. After that:
 * every acknowledged write is there, nothing is half written, every submission and booking that committed was
 * noticed in-app and by mail exactly once, and no event publication is left undelivered.
 */
class PortalKilledDuringWritesFault {

    private static final int TRIALS = Integer.getInteger("faults.trials", 20);
    private static final Path WORK = Path.of("target", "portal-killed-fault");
    private static final PortalProcess.Ports PORTS = new PortalProcess.Ports(18091, 3927, 13417);

    @RegisterExtension
    static GreenMailExtension smtp = PortalProcess.mailServer(PORTS.smtp());

    @Test
    void everyAcknowledgedWriteSurvivesAndEveryNoticeGoesOutOnce() throws Exception {
        Random random = new Random(20261130);
        long testStarted = System.nanoTime();
        List<Acknowledged> acknowledged = new ArrayList<>();
        org.springframework.util.FileSystemUtils.deleteRecursively(WORK);
        try (LoopbackDatabase database = LoopbackDatabase.start(WORK.resolve("db"), PORTS.database())) {
            for (int trial = 1; trial <= TRIALS; trial++) {
                long started = System.nanoTime();
                PortalProcess portal = PortalProcess.start("KILL" + trial, database, PORTS,
                        WORK.resolve("portal.log"), Duration.ofNanos(System.nanoTime() - testStarted));
                long writing = 4 + random.nextInt(9);
                try {
                    Thread.sleep(Duration.ofSeconds(writing));
                    assertThat(portal.alive()).as("the portal of trial %d still runs", trial).isTrue();
                } finally {
                    portal.kill();
                }
                acknowledged.addAll(portal.acknowledged());
                assertThat(portal.failedWrites()).as("writes refused in trial %d (nothing is down)", trial).isZero();
                System.out.printf("portal-killed: trial %d, started in %d s, killed after %d s of writing: %d writes"
                        + " acknowledged%n", trial, (System.nanoTime() - started) / 1_000_000_000 - writing, writing,
                        portal.acknowledged().size());
            }
            PortalProcess replaying = PortalProcess.start("-", database, PORTS, WORK.resolve("portal.log"),
                    Duration.ofNanos(System.nanoTime() - testStarted));
            WritesFound result;
            try {
                result = WritesFound.settled(database.jdbc(), smtp::getReceivedMessages, "KILL%", acknowledged,
                        Duration.ofMinutes(5));
            } finally {
                replaying.kill();
            }
            System.out.printf("portal-killed: %d trials: %s%n", TRIALS, result);

            assertThat(result.acknowledged()).as("writes acknowledged").isGreaterThanOrEqualTo(TRIALS);
            assertThat(result.found()).as("acknowledged writes found").isEqualTo(result.acknowledged());
            assertThat(result.halfWritten()).as("rows written in part").isZero();
            assertThat(result.undelivered()).as("event publications never delivered").isZero();
            assertThat(result.noticedOnce()).as("in-app notices exactly once").isEqualTo(result.triggeringEvents());
            assertThat(result.mailedOnce()).as("notice mails exactly once").isEqualTo(result.triggeringEvents());
        }
    }
}
