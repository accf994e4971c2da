package jp.renkei.notification.live;

import java.util.Set;

/** Tells this node's open screens that topics changed. */
@FunctionalInterface
interface LiveFanOut {

    void changed(Set<String> topics);
}
