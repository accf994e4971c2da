package jp.renkei.referral.attachment;

import java.util.List;

/**
 * An upload {@link AttachmentInspector} refuses; {@link #messageKey()} (with {@link #messageArguments()} for
 * {@link java.text.MessageFormat}) explains it in the user's language.
 */
public class AttachmentRejected extends RuntimeException {

    /** Why the file was refused. */
    public enum Reason {
        EMPTY("attachment.error.empty"),
        TOO_LARGE("attachment.error.tooLarge"),
        UNSUPPORTED_TYPE("attachment.error.unsupportedType"),
        EXTENSION_MISMATCH("attachment.error.extensionMismatch"),
        CORRUPT("attachment.error.corrupt"),
        /** A PDF with JavaScript, a launch action or embedded files: it could act when opened. */
        ACTIVE_CONTENT("attachment.error.activeContent");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final transient List<Object> messageArguments;

    public AttachmentRejected(Reason reason, Object... messageArguments) {
        super(reason.messageKey());
        this.reason = reason;
        this.messageArguments = List.of(messageArguments);
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return reason.messageKey();
    }

    /** Arguments for the message pattern, e.g. the size limit in MB for {@code attachment.error.tooLarge}. */
    public Object[] messageArguments() {
        return messageArguments == null ? new Object[0] : messageArguments.toArray();
    }
}
