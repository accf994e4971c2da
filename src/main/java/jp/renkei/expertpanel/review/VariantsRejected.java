package jp.renkei.expertpanel.review;

import jp.renkei.shared.workflow.Refused;

/** A variant (or a CSV row) that cannot be stored; the message names the row and the column. */
public class VariantsRejected extends Refused {

    public VariantsRejected(String messageKey, String... arguments) {
        super(messageKey, String.join(", ", arguments), arguments);
    }
}
