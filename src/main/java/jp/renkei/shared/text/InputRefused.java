package jp.renkei.shared.text;

import jp.renkei.shared.workflow.Refused;

/**
 * Free text a service will not store. The first argument is the field's label key ({@code input.field.*}),
 * which the message bundles show as the label itself, so the message names the field in the reader's language.
 */
public class InputRefused extends Refused {

    private final String field;

    InputRefused(String messageKey, String field, String... more) {
        super(messageKey, field, prepend(field, more));
        this.field = field;
    }

    public String field() {
        return field;
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
