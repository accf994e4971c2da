package jp.renkei.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The portal on a three-node MariaDB Galera cluster ({@code config/galera/galera.sh}), two portals each on its
 * own database node: the migrations apply through node 1 and reach the others; both portals book the first
 * free slot at the same moment, {@code faults.rounds} times (20 by default), and each slot ends with exactly one
 * booking while the other user is told it was just taken (or, refused as conflicting twice in a row, to try
 * again); then the database node under a portal that is
 * writing is killed, the portal fails over to the next node, and every acknowledged write is in the cluster,
 * also on the killed node once it has rejoined.
 */
class GaleraClusterFault {

    private static final int ROUNDS = Integer.getInteger("faults.rounds", 20);
    private static final Path WORK = Path.of("target", "galera-fault");
    /** The database port is the cluster's own (config/galera/galera.sh). */
    private static final PortalProcess.Ports PORTS = new PortalProcess.Ports(18097, 3930,
            GaleraCluster.PORTS.getFirst());

    @RegisterExtension
    static GreenMailExtension smtp = PortalProcess.mailServer(PORTS.smtp());

    @Test
    void migrationsApplyOneBookingPerSlotAndAKilledNodeLosesNothing() throws Exception {
        org.springframework.util.FileSystemUtils.deleteRecursively(WORK);
        try (GaleraCluster cluster = GaleraCluster.start(WORK.resolve("cluster"))) {
            PortalProcess first = PortalProcess.start("commands", PortalProcess.arguments("demo,it", PORTS.http(),
                    PORTS.smtp(), cluster.portalArguments(1)), WORK.resolve("portal-1.log"));
            PortalProcess second = PortalProcess.start("commands", PortalProcess.arguments("demo,it", PORTS.http() + 1,
                    PORTS.smtp(), cluster.portalArguments(2)), WORK.resolve("portal-2.log"));
            String migrations = "select count(*) from flyway_schema_history where success = 1";
            long applied = cluster.jdbc(1).queryForObject(migrations, Long.class);
            assertThat(cluster.jdbc(3).queryForObject(migrations, Long.class)).as("migrations on node 3")
                    .isEqualTo(applied);

            int sameSlot = 0;
            List<String> outcomes = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                first.send("BOOK " + round + "a");
                second.send("BOOK " + round + "b");
                String a = first.answer();
                String b = second.answer();
                outcomes.add(a);
                outcomes.add(b);
                assertThat(List.of(a, b)).as("round %d: no error, only booked, just taken or try again", round)
                        .allMatch(answer -> answer.startsWith("BOOKED ") || answer.startsWith("TAKEN ")
                                || answer.startsWith("CONFLICT "));
                String startA = a.substring(a.lastIndexOf(' ') + 1);
                String startB = b.substring(b.lastIndexOf(' ') + 1);
                if (startA.equals(startB)) {
                    sameSlot++;
                    assertThat(List.of(a, b)).as("round %d: one of the two booked %s", round, startA)
                            .filteredOn(answer -> answer.startsWith("BOOKED ")).hasSize(1);
                }
                for (String start : List.of(startA, startB)) {
                    assertThat(cluster.jdbc(3).queryForObject("select count(*) from counseling_booking where"
                            + " status = 'BOOKED' and starts_at = ?", Long.class, Timestamp.from(Instant.parse(start))))
                            .as("bookings of %s seen on node 3", start).isEqualTo(1);
                }
            }
            long retried = retries(WORK.resolve("portal-1.log")) + retries(WORK.resolve("portal-2.log"));
            System.out.printf("galera: %d migrations on each node; %d rounds, %d with both on the same slot: %d booked,"
                    + " %d just taken, %d try again, 0 errors; %d commits refused by certification and retried%n",
                    applied, ROUNDS, sameSlot, outcomes.stream().filter(o -> o.startsWith("BOOKED")).count(),
                    outcomes.stream().filter(o -> o.startsWith("TAKEN")).count(),
                    outcomes.stream().filter(o -> o.startsWith("CONFLICT")).count(), retried);
            assertThat(sameSlot).as("rounds in which both took the same slot").isPositive();
            second.kill();

            first.send("STREAM GALERA");
            Thread.sleep(Duration.ofSeconds(5));
            long killed = System.nanoTime();
            cluster.kill(1);
            int before = first.acknowledged().size();
            for (int wait = 0; wait < 600 && first.acknowledged().size() <= before; wait++) {
                Thread.sleep(100);
            }
            long failedOver = System.nanoTime();
            Thread.sleep(Duration.ofSeconds(5));
            first.kill();
            WritesFound onNode2 = WritesFound.in(cluster.jdbc(2), smtp.getReceivedMessages(), "GALERA",
                    first.acknowledged());
            cluster.start(1);
            WritesFound onNode1 = WritesFound.in(cluster.jdbc(1), smtp.getReceivedMessages(), "GALERA",
                    first.acknowledged());
            System.out.printf("galera: node 1 killed under a writing portal; writes acknowledged again %d ms later"
                    + " (through node 2), %d refused meanwhile; on node 2: %s; on node 1 after it rejoined: %d found%n",
                    (failedOver - killed) / 1_000_000, first.failedWrites(), onNode2, onNode1.found());
            assertThat(first.acknowledged().size()).as("writes acknowledged after the failover").isGreaterThan(before);
            assertThat(onNode2.found()).as("acknowledged writes on node 2").isEqualTo(onNode2.acknowledged());
            assertThat(onNode2.halfWritten()).isZero();
            assertThat(onNode1.found()).as("acknowledged writes on the rejoined node 1")
                    .isEqualTo(onNode1.acknowledged());
        }
    }

    private static long retries(Path log) throws java.io.IOException {
        return Files.readAllLines(log).stream().filter(line -> line.contains("trying once more")).count();
    }
}
