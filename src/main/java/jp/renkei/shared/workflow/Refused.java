package jp.renkei.shared.workflow;

import java.util.List;

/**
 * The one way a workflow says no: the step is not allowed in this state, for this side, with this input, or
 * someone else changed the record first. {@link #messageKey()} (with {@link #arguments()}) is what the user
 * reads, in their language; the exception message is for the log. A view needs one {@code catch}.
 */
public class Refused extends RuntimeException {

    private final String messageKey;
    private final List<String> arguments;

    public Refused(String messageKey, String logDetail, String... arguments) {
        super(messageKey + (logDetail == null ? "" : ": " + logDetail));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> arguments() {
        return arguments;
    }
}
