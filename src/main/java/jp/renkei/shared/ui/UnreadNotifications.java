package jp.renkei.shared.ui;

/** Lets the shell show the bell without importing the notification module. */
public interface UnreadNotifications {

    long countForCurrentUser();

    /** Route of the notification list. */
    String route();
}
