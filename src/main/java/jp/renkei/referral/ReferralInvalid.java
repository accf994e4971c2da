package jp.renkei.referral;

import java.util.Map;

import jp.renkei.shared.workflow.Refused;

/** Input that cannot be saved or sent; messages are bundle keys by field name, shown next to each field. */
public class ReferralInvalid extends Refused {

    private final Map<String, String> fieldMessages;

    public ReferralInvalid(Map<String, String> fieldMessages) {
        super("referral.validation.fixBeforeSending", fieldMessages.toString());
        this.fieldMessages = Map.copyOf(fieldMessages);
    }

    public Map<String, String> fieldMessages() {
        return fieldMessages;
    }
}
