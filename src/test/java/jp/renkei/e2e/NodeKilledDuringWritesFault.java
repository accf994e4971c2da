package jp.renkei.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of the node a clinician works on while they save one new referral draft after another, in
 * {@code renkei.faults.trials} trials (3 by default; each restarts the killed node, a minute or two here). Every
 * draft the page said was saved must be in the database afterwards, each with its referral (nothing half
 * written). A draft in flight at the kill may or may not be there: it was never acknowledged.
 */
class NodeKilledDuringWritesFault extends TwoNodesTest {

    private static final int TRIALS = Integer.getInteger("renkei.faults.trials", 3);

    @Override
    Path workDirectory() {
        return Path.of("target", "kill-during-writes-fault");
    }

    @Test
    void everyDraftAcknowledgedBeforeTheKillIsThereAndWhole() throws Exception {
        Random random = new Random(20261130);
        int acknowledged = 0;
        int found = 0;
        for (int trial = 1; trial <= TRIALS; trial++) {
            Page liaison = TwoNodesFault.signIn(browser.newPage(), "liaison");
            String node = TwoNodesFault.node(liaison);
            long delay = 8 + random.nextInt(12);
            CompletableFuture<Void> kill = CompletableFuture.runAsync(() -> killNode(node),
                    CompletableFuture.delayedExecutor(delay, TimeUnit.SECONDS));
            List<String> saved = new ArrayList<>();
            try {
                for (int write = 1; !kill.isDone(); write++) {
                    String patient = "KILL-" + trial + "-" + write;
                    TwoNodesFault.saveNewDraft(liaison, patient);
                    saved.add(patient);
                }
            } catch (RuntimeException | AssertionError theNodeDiedMidWrite) {
                // the write in flight was not acknowledged
            }
            kill.get(1, TimeUnit.MINUTES);
            for (String patient : saved) {
                found += (int) nodes.count("select count(*) from patient p join referral r on r.patient_id = p.id"
                        + " where p.hospital_patient_id = '" + patient + "'");
            }
            long halfWritten = nodes.count("select count(*) from patient p left join referral r on r.patient_id = p.id"
                    + " where p.hospital_patient_id like 'KILL-" + trial + "-%' and r.id is null");
            long inDatabase = nodes.count("select count(*) from patient where hospital_patient_id like 'KILL-" + trial + "-%'");
            System.out.printf("kill-during-writes: trial %d, %s killed after %d s: %d drafts acknowledged, %d in the"
                    + " database, %d half written%n", trial, node, delay, saved.size(), inDatabase, halfWritten);
            assertThat(halfWritten).isZero();
            acknowledged += saved.size();
            liaison.context().close();
            nodes.start(node);
        }
        System.out.printf("kill-during-writes: %d trials, %d drafts acknowledged, %d found%n", TRIALS, acknowledged, found);
        assertThat(acknowledged).isPositive();
        assertThat(found).isEqualTo(acknowledged);
    }

    private void killNode(String node) {
        try {
            nodes.kill(node);
        } catch (Exception e) {
            throw new IllegalStateException("could not kill " + node, e);
        }
    }
}
