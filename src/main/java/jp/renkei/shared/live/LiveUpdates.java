package jp.renkei.shared.live;

import java.util.Set;

import com.vaadin.flow.component.Component;

/**
 * Lets a screen refresh itself when a {@link LiveChange} of its topic is committed, by anyone on any
 * application node, within about two seconds and without a reload (server push).
 * <p>
 * {@code live.subscribe(this, LiveTopics.referral(id), () -> show(referrals.get(id)));}
 */
public interface LiveUpdates {

    /**
     * Runs {@code onChange} under the UI's lock (inside {@code UI.access}) after each change of {@code topic},
     * while {@code owner} is attached. One subscription per owner: subscribing again (the same view showing
     * another record) replaces the previous topics. Ends by itself when the owner is detached.
     */
    default void subscribe(Component owner, String topic, Runnable onChange) {
        subscribe(owner, Set.of(topic), onChange);
    }

    /** As {@link #subscribe(Component, String, Runnable)}, following several topics: one refresh per change. */
    void subscribe(Component owner, Set<String> topics, Runnable onChange);
}
