package jp.renkei.shared.ui;

import java.util.Set;

/** Lets the shell show the bell without importing the notification module. */
public interface UnreadNotifications {

    long countForCurrentUser();

    /** Marks every notification the signed-in person can see as read by them. */
    void markAllReadForCurrentUser();

    /** Route of the notification list. */
    String route();

    /** The live-update topics that change with the signed-in person's count (none without an active hospital). */
    Set<String> liveTopics();
}
