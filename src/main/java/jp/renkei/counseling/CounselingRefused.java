package jp.renkei.counseling;

/** A booking step that is not possible; {@link #messageKey()} explains it in the user's language. */
public class CounselingRefused extends RuntimeException {

    private final String messageKey;

    public CounselingRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
