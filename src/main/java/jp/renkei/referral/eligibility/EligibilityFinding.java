package jp.renkei.referral.eligibility;

import java.util.List;
import java.util.Objects;

/**
 * One rule's verdict, recorded with the rule version and source that produced it so the justification can be
 * stored with the referral. {@code messageKey} and {@code messageArguments} are for the message bundles.
 */
public record EligibilityFinding(
        String ruleId,
        String ruleVersion,
        FindingLevel level,
        String messageKey,
        List<String> messageArguments,
        String source) {

    public EligibilityFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(ruleVersion, "ruleVersion");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(messageKey, "messageKey");
        messageArguments = List.copyOf(messageArguments);
        Objects.requireNonNull(source, "source");
    }
}
