package jp.renkei.identity;

/** A password change that was not made; {@link #messageKey()} says why in the user's language. */
public class PasswordRefusedException extends RuntimeException {

    private final String messageKey;

    PasswordRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
