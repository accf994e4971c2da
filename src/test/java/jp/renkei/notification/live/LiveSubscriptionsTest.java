package jp.renkei.notification.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.Command;

import org.junit.jupiter.api.Test;

/** Fan-out on one node: only attached screens that follow a topic are refreshed, and detaching ends it. */
class LiveSubscriptionsTest {

    private final LiveSubscriptions subscriptions = new LiveSubscriptions();
    private final List<String> refreshed = new ArrayList<>();

    /** A UI that runs access() at once, as the session lock would after the poller's call. */
    private final UI ui = new UI() {
        @Override
        public Future<Void> access(Command command) {
            command.execute();
            return CompletableFuture.completedFuture(null);
        }
    };

    @Test
    void attachedScreenIsRefreshedForItsTopicOnly() {
        Span referralPage = new Span();
        ui.add(referralPage);
        subscriptions.subscribe(referralPage, "referral:7", () -> refreshed.add("referral:7"));

        subscriptions.changed(Set.of("referral:8", "booking:7"));
        assertThat(refreshed).isEmpty();

        subscriptions.changed(Set.of("referral:7"));
        assertThat(refreshed).containsExactly("referral:7");
    }

    @Test
    void subscriptionWaitsForAttachAndEndsOnDetach() {
        Span page = new Span();
        subscriptions.subscribe(page, "booking:3", () -> refreshed.add("booking:3"));
        subscriptions.changed(Set.of("booking:3"));
        assertThat(refreshed).as("not on screen yet").isEmpty();

        ui.add(page);
        subscriptions.changed(Set.of("booking:3"));
        assertThat(refreshed).hasSize(1);

        ui.remove(page);
        subscriptions.changed(Set.of("booking:3"));
        assertThat(refreshed).as("closed screens are not refreshed").hasSize(1);
        assertThat(subscriptions.subscribers("booking:3")).isZero();
    }

    @Test
    void subscribingAgainReplacesTheTopic() {
        Span detailView = new Span();
        ui.add(detailView);
        subscriptions.subscribe(detailView, "referral:1", () -> refreshed.add("referral:1"));
        subscriptions.subscribe(detailView, "referral:2", () -> refreshed.add("referral:2"));

        subscriptions.changed(Set.of("referral:1", "referral:2"));

        assertThat(refreshed).containsExactly("referral:2");
        assertThat(subscriptions.subscribers("referral:1")).isZero();
    }

    @Test
    void aScreenFollowingSeveralTopicsRefreshesOncePerChange() {
        Span bell = new Span();
        ui.add(bell);
        subscriptions.subscribe(bell, Set.of("notices:1:CORE_COORDINATOR", "notices:1:user:3"),
                () -> refreshed.add("bell"));

        subscriptions.changed(Set.of("notices:1:GENETIC_COUNSELOR"));
        assertThat(refreshed).as("a notice to another role").isEmpty();

        subscriptions.changed(Set.of("notices:1:CORE_COORDINATOR", "notices:1:user:3"));
        assertThat(refreshed).as("both of its topics in one poll").containsExactly("bell");

        ui.remove(bell);
        assertThat(subscriptions.subscribers("notices:1:CORE_COORDINATOR")).isZero();
        assertThat(subscriptions.subscribers("notices:1:user:3")).isZero();
    }

    @Test
    void aFailingRefreshDoesNotStopTheOthers() {
        Span broken = new Span();
        Span fine = new Span();
        ui.add(broken, fine);
        subscriptions.subscribe(broken, "notices:1", () -> {
            throw new IllegalStateException("record gone");
        });
        subscriptions.subscribe(fine, "notices:1", () -> refreshed.add("fine"));

        subscriptions.changed(Set.of("notices:1"));

        assertThat(refreshed).containsExactly("fine");
    }
}
