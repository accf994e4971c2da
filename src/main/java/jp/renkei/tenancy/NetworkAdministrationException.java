package jp.renkei.tenancy;

/** A refused network administration step; {@link #messageKey()} explains it in the user's language. */
public class NetworkAdministrationException extends RuntimeException {

    private final String messageKey;

    public NetworkAdministrationException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
