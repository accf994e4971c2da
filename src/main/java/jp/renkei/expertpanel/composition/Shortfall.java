package jp.renkei.expertpanel.composition;

import java.util.List;

/** One reason a roster does not meet the rule set, as a message key and its arguments for the user's language. */
public record Shortfall(String messageKey, List<String> arguments) {

    public Shortfall {
        arguments = List.copyOf(arguments);
    }

    static Shortfall of(String messageKey, Object... arguments) {
        return new Shortfall(messageKey, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
