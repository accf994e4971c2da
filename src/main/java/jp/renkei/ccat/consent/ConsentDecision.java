package jp.renkei.ccat.consent;

/** What the patient said. A refusal is recorded like a grant; a withdrawal ends a grant at once. */
public enum ConsentDecision {

    GRANTED("ccat.consent.decision.granted"),
    REFUSED("ccat.consent.decision.refused"),
    WITHDRAWN("ccat.consent.decision.withdrawn");

    private final String messageKey;

    ConsentDecision(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
