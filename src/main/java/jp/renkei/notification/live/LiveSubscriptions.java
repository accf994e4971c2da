package jp.renkei.notification.live;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;

import jp.renkei.shared.live.LiveUpdates;

/**
 * This node's open screens by topic. A subscription lives exactly as long as its component is attached, so
 * closed tabs and expired sessions leave nothing behind.
 */
@Component
class LiveSubscriptions implements LiveUpdates, LiveFanOut {

    private static final Logger log = LoggerFactory.getLogger(LiveSubscriptions.class);

    private final Map<String, Set<Subscription>> byTopic = new ConcurrentHashMap<>();

    @Override
    public void subscribe(com.vaadin.flow.component.Component owner, Set<String> topics, Runnable onChange) {
        Subscription previous = ComponentUtil.getData(owner, Subscription.class);
        if (previous != null) {
            previous.end();
        }
        Subscription subscription = new Subscription(Set.copyOf(topics), onChange);
        ComponentUtil.setData(owner, Subscription.class, subscription);
        owner.getUI().ifPresent(subscription::start);
        subscription.attach = owner.addAttachListener(e -> subscription.start(e.getUI()));
        subscription.detach = owner.addDetachListener(e -> subscription.stop());
    }

    @Override
    public void changed(Set<String> topics) {
        // a screen following two of the changed topics refreshes once
        Set<Subscription> told = new LinkedHashSet<>();
        for (String topic : topics) {
            told.addAll(byTopic.getOrDefault(topic, Set.of()));
        }
        told.forEach(Subscription::tell);
    }

    /** How many screens of this node follow {@code topic}. */
    int subscribers(String topic) {
        return byTopic.getOrDefault(topic, Set.of()).size();
    }

    private final class Subscription {

        private final Set<String> topics;
        private final Runnable onChange;
        private volatile UI ui;
        private Registration attach;
        private Registration detach;

        Subscription(Set<String> topics, Runnable onChange) {
            this.topics = topics;
            this.onChange = onChange;
        }

        void start(UI attachedTo) {
            ui = attachedTo;
            topics.forEach(topic -> byTopic.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(this));
        }

        void stop() {
            ui = null;
            topics.forEach(topic -> byTopic.computeIfPresent(topic, (t, set) -> {
                set.remove(this);
                return set.isEmpty() ? null : set;
            }));
        }

        void end() {
            stop();
            attach.remove();
            detach.remove();
        }

        /** Queues the refresh under the UI's lock; push sends the result to the browser. */
        void tell() {
            UI target = ui;
            if (target == null || target.isClosing()) {
                stop();
                return;
            }
            try {
                target.access(() -> {
                    try {
                        onChange.run();
                    } catch (RuntimeException e) {
                        log.warn("Live refresh of {} failed", topics, e);
                    }
                });
            } catch (UIDetachedException gone) {
                stop();
            }
        }
    }
}
