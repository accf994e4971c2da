package jp.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import jp.renkei.faults.ShedLockRuns;
import jp.renkei.faults.ShedLockRuns.Run;

/**
 * Two nodes of the packaged portal behind HAProxy ({@code config/two-nodes/}), driven by a real browser: a
 * notice reaches a user on the other node, a user of a node that is killed signs in again on the other and
 * finds their draft, and each scheduled job runs on one node at a time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesFault extends TwoNodesTest {

    @Override
    Path workDirectory() {
        return Path.of("target", "two-nodes-fault");
    }

    @Test
    @Order(1)
    void aNoticeReachesTheBellOfAUserSignedInOnTheOtherNode() throws Exception {
        Page liaison = signIn(browser.newPage(), "liaison");
        Page coordinator = signInOnAnotherNodeThan(node(liaison), "coordinator");
        liaison.navigate(TwoNodes.PORTAL + "/referrals/2");
        assertThat(liaison.locator("#referral-status")).containsText("送信済");
        String unreadBefore = liaison.locator("#notification-count").isVisible()
                ? liaison.locator("#notification-count").textContent() : "";

        coordinator.navigate(TwoNodes.PORTAL + "/referrals/2");
        coordinator.locator("#action-accept").click();
        coordinator.locator("#step-text textarea").fill("受け入れます。（2ノード構成の確認）");
        coordinator.locator("#step-confirm").click();
        assertThat(coordinator.locator("#referral-status")).containsText("受諾");

        assertThat(liaison.locator("#referral-status")).containsText("受諾",
                new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        assertThat(liaison.locator("#notification-count")).isVisible();
        assertThat(liaison.locator("#notification-count")).not().hasText(unreadBefore,
                new LocatorAssertions.HasTextOptions().setTimeout(10_000));
        Browser.screenshot(liaison, "two-nodes-1-bell-on-the-other-node");
        liaison.context().close();
        coordinator.context().close();
    }

    @Test
    @Order(2)
    void theUserOfAKilledNodeSignsInAgainOnTheOtherAndFindsTheirDraft() throws Exception {
        Page liaison = signIn(browser.newPage(), "liaison");
        String firstNode = node(liaison);
        saveNewDraft(liaison, "FAULT-0001");
        String draft = liaison.url().replaceAll(".*(/referrals/\\d+/edit).*", "$1");

        Instant killed = Instant.now();
        nodes.kill(firstNode);
        liaison.navigate(TwoNodes.PORTAL + draft);
        liaison.waitForURL(url -> url.contains("/login"));
        signIn(liaison, "liaison");
        Duration backAfter = Duration.between(killed, Instant.now());
        liaison.navigate(TwoNodes.PORTAL + draft);

        assertThat(liaison.locator("#patient-name input")).hasValue("障害 試験");
        assertThat(liaison.locator("#patient-id input")).hasValue("FAULT-0001");
        assertThat(node(liaison)).isNotEqualTo(firstNode);
        Browser.screenshot(liaison, "two-nodes-2-draft-after-node-killed");
        System.out.printf("two-nodes: %s killed; signed in again on %s and found the draft %d ms later%n",
                firstNode, node(liaison), backAfter.toMillis());
        liaison.context().close();
        nodes.start(firstNode);
    }

    @Test
    @Order(3)
    void eachScheduledJobRunsOnOneNodeAtATime() throws Exception {
        // Jobs start 30 s after a node does, and node 2 was just restarted: wait for a few rounds of retries
        List<Run> runs = lockedRuns();
        for (int wait = 0; wait < 120 && retryRuns(runs) < 3; wait++) {
            Thread.sleep(1000);
            runs = lockedRuns();
        }
        // Which node runs a round is whichever asks first: one node may win them all
        assertThat(retryRuns(runs)).as("delivery-retry runs under the lock").isGreaterThanOrEqualTo(3);
        for (Run a : runs) {
            for (Run b : runs) {
                if (a != b && a.job().equals(b.job()) && !a.node().equals(b.node())) {
                    assertThat(a.end().isBefore(b.start()) || b.end().isBefore(a.start()))
                            .as("%s and %s overlap", a, b).isTrue();
                }
            }
        }
        // Once per round, not once per node and round: delivery retries (every 30 s) keep their lock 25 s
        assertThat(ShedLockRuns.shortestGap(runs, "delivery-retries")).as("time between two delivery-retry runs")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(24));
        runs.stream().collect(java.util.stream.Collectors.groupingBy(Run::job,
                java.util.stream.Collectors.groupingBy(Run::node, java.util.stream.Collectors.counting())))
                .forEach((job, perNode) -> System.out.printf("two-nodes: job %s ran %s%n", job, perNode));
    }

    private List<Run> lockedRuns() throws Exception {
        List<Run> runs = new ArrayList<>();
        for (String node : List.of("node1", "node2")) {
            runs.addAll(ShedLockRuns.in(node, nodes.log(node)));
        }
        return runs;
    }

    private static long retryRuns(List<Run> runs) {
        return runs.stream().filter(run -> run.job().equals("delivery-retries")).count();
    }

    Page signInOnAnotherNodeThan(String node, String username) {
        for (int attempt = 0; attempt < 6; attempt++) {
            Page page = signIn(browser.newPage(), username);
            if (!node(page).equals(node)) {
                return page;
            }
            page.context().close();
        }
        throw new AssertionError("HAProxy never sent a new session to the node other than " + node);
    }

    static Page signIn(Page page, String username) {
        return BrowserSteps.signIn(page, TwoNodes.PORTAL, username);
    }

    /** Writes a new referral draft for patient {@code patientId} (障害 試験) and waits until it is saved. */
    static void saveNewDraft(Page liaison, String patientId) {
        BrowserSteps.typeNewReferral(liaison, TwoNodes.PORTAL, patientId, "ノード停止の試験：下書きが別ノードで開けること。");
        liaison.locator("#save-draft").click();
        assertThat(liaison.locator("#save-state")).containsText("保存しました");
        liaison.waitForURL(Pattern.compile(".*/referrals/\\d+/edit"));
    }

    /** The node HAProxy keeps this browser on (its sticky cookie). */
    static String node(Page page) {
        return page.context().cookies().stream().filter(cookie -> cookie.name.equals("RENKEI_NODE"))
                .map(cookie -> cookie.value).findFirst().orElseThrow();
    }
}
