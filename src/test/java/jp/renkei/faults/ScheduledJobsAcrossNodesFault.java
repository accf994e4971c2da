package jp.renkei.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jp.renkei.faults.ShedLockRuns.Run;

/**
 * Two portals on one database with the production lock minimums of delivery retries and counseling reminders,
 * watched for {@code faults.jobs.seconds} (150 by default): each scheduled job runs once per
 * round across both, never once per node and round, and never on both at the same time.
 */
class ScheduledJobsAcrossNodesFault {

    private static final Path WORK = Path.of("target", "scheduled-jobs-fault");
    private static final PortalProcess.Ports PORTS = new PortalProcess.Ports(18094, 3929, 13419);
    private static final Duration WATCHED = Duration.ofSeconds(Integer.getInteger("faults.jobs.seconds", 150));

    @Test
    void eachJobRunsOncePerRoundAcrossTwoNodes() throws Exception {
        org.springframework.util.FileSystemUtils.deleteRecursively(WORK);
        try (LoopbackDatabase database = LoopbackDatabase.start(WORK.resolve("db"), PORTS.database())) {
            List<PortalProcess> nodes = new ArrayList<>();
            try {
                for (int node = 1; node <= 2; node++) {
                    List<String> arguments = new ArrayList<>(PortalProcess.arguments("demo,it", PORTS.http() + node,
                            PORTS.smtp(), database.portalArguments()));
                    // The test profile (needed for the test classpath's fixture tables) zeroes the minimums: the
                    // production ones of the two jobs counted, as their @SchedulerLock annotations default them
                    arguments.addAll(List.of("--renkei.scheduling.lock-at-least.delivery-retries=PT25S",
                            "--renkei.scheduling.lock-at-least.counseling-reminders=PT50S",
                            ShedLockRuns.DEBUG_LOGGING));
                    nodes.add(PortalProcess.start("-", arguments, WORK.resolve("node" + node + ".log")));
                }
                Thread.sleep(WATCHED);
            } finally {
                for (PortalProcess node : nodes) {
                    node.kill();
                }
            }
            List<Run> runs = new ArrayList<>(ShedLockRuns.in("node1", WORK.resolve("node1.log")));
            runs.addAll(ShedLockRuns.in("node2", WORK.resolve("node2.log")));
            Map<String, Map<String, Long>> perJob = runs.stream().collect(Collectors.groupingBy(Run::job,
                    Collectors.groupingBy(Run::node, Collectors.counting())));
            Duration retryGap = ShedLockRuns.shortestGap(runs, "delivery-retries");
            Duration reminderGap = ShedLockRuns.shortestGap(runs, "counseling-reminders");
            System.out.printf("scheduled-jobs: two nodes watched %d s: runs per job and node %s; shortest time between"
                    + " two runs of delivery-retries (every 30 s) %s, of counseling-reminders (every 60 s) %s%n",
                    WATCHED.toSeconds(), perJob, retryGap, reminderGap);

            assertThat(perJob.get("delivery-retries").values().stream().mapToLong(Long::longValue).sum())
                    .as("delivery-retry runs on both nodes together").isLessThanOrEqualTo(WATCHED.toSeconds() / 25 + 1);
            assertThat(retryGap).as("between two delivery-retry runs").isGreaterThanOrEqualTo(Duration.ofSeconds(24));
            assertThat(reminderGap).as("between two counseling-reminder runs")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(49));
        }
    }
}
