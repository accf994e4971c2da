package jp.renkei.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

import jp.renkei.e2e.load.BenchAccounts;
import jp.renkei.e2e.load.LoadRecorder;
import jp.renkei.e2e.load.SimulatedUser;

/**
 * The load benchmark's harness in the normal run (no timing asserted): three simulated people, each with a bench
 * account of their own, sign in over HTTP and go once through the flow by Vaadin's client protocol, without think
 * time. Each of them reaches every page of the flow, and books a time or is told it was just taken.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the portal is looked up before all tests, on the instance
class LoadSmokeE2E {

    private RunningPortal portal;

    @RegisterExtension
    final BeforeAllCallback sharedPortal = context -> portal = RunningPortal.shared(context);

    @Test
    void threePeopleGoOnceThroughListFilterScrollOpenBookAndWeek() throws Exception {
        Assumptions.assumeTrue(portal.databaseUrl().isPresent(), "the bench accounts need the portal's database");
        String database = portal.databaseUrl().orElseThrow();
        List<String> usernames = BenchAccounts.create(database, 3);
        try {
            goOnceThroughTheFlow(usernames);
        } finally {
            BenchAccounts.retireCounselors(database); // the shared portal's booking page is the other tests' again
        }
    }

    private void goOnceThroughTheFlow(List<String> usernames) throws Exception {
        LoadRecorder recorder = new LoadRecorder();
        recorder.recording(true);
        for (String username : usernames) {
            SimulatedUser person = new SimulatedUser(portal.url(""), username, PortalBrowserTest.DEMO_PASSWORD,
                    () -> BenchCodes.now(Instant.now()), recorder, 0, 0);
            assertThat(person.signIn()).as(username + " signs in").isTrue();
            person.loop();
        }

        assertThat(recorder.firstErrors()).isEmpty();
        for (String step : LoadRecorder.STEPS) {
            assertThat(recorder.count(step)).as(step).isEqualTo(3);
        }
        assertThat(recorder.outcomes().getOrDefault("BOOKED", 0L) + recorder.outcomes().getOrDefault("JUST_TAKEN", 0L))
                .as("booked or told the time was just taken").isEqualTo(3);
    }
}
