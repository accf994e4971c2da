package jp.renkei.shared;

/**
 * "There is no such record for you": the one answer for a record that does not exist and for one that
 * belongs to another hospital, so ids reveal nothing across hospitals. A feature's own not-found exception
 * extends this, and the shell shows its not-found page for any of them thrown while opening a screen.
 */
public class NotFoundRefusal extends RuntimeException {

    public NotFoundRefusal(String what) {
        super("Not found: " + what);
    }
}
