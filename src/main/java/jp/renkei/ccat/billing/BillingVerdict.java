package jp.renkei.ccat.billing;

import java.util.List;
import java.util.Objects;

/**
 * Where one item of one test stands, with the points, the reason ({@code messageKey} and its arguments, for the
 * message bundles) and the rule version it was judged by ({@code null} when no version was in effect).
 */
public record BillingVerdict(BillingItem item, BillingStatus status, int points, String messageKey,
        List<Object> messageArguments, BillingRule rule) {

    public BillingVerdict {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(messageKey, "messageKey");
        messageArguments = List.copyOf(messageArguments);
    }

    /** The cited source of the rule applied, or {@code null} when none was in effect. */
    public String source() {
        return rule == null ? null : rule.source();
    }

    /** Whether the points rest on a rule version marked unconfirmed, so the screen can say so. */
    public boolean unconfirmed() {
        return rule != null && !rule.isConfirmed();
    }
}
