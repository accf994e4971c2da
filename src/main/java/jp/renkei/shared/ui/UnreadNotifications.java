package jp.renkei.shared.ui;

/** Lets the shell show the bell without importing the notification module. */
public interface UnreadNotifications {

    long countForCurrentUser();

    /** Marks every notification the signed-in person can see as read by them. */
    void markAllReadForCurrentUser();

    /** Route of the notification list. */
    String route();
}
