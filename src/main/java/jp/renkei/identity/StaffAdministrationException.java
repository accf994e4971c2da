package jp.renkei.identity;

/** A refused administration step; {@link #messageKey()} explains it in the user's language. */
public class StaffAdministrationException extends RuntimeException {

    private final String messageKey;

    public StaffAdministrationException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
