package jp.renkei.referral;

import java.util.Map;

/** Input that cannot be saved or sent; messages are bundle keys by field name. */
public class ReferralInvalid extends RuntimeException {

    private final Map<String, String> fieldMessages;

    public ReferralInvalid(Map<String, String> fieldMessages) {
        super("Invalid referral: " + fieldMessages);
        this.fieldMessages = Map.copyOf(fieldMessages);
    }

    public Map<String, String> fieldMessages() {
        return fieldMessages;
    }
}
