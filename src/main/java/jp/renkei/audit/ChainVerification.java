package jp.renkei.audit;

import java.time.Instant;

/**
 * The result of walking the audit chain.
 *
 * @param brokenEntryId the first entry found changed, removed or out of place; {@code null} when valid
 */
public record ChainVerification(Instant checkedAt, boolean valid, long entriesChecked, Long brokenEntryId,
        Problem problem) {

    /** What is wrong at {@link #brokenEntryId}; each with its message key (argument: the entry's id). */
    public enum Problem {
        /** its content no longer matches its hash */
        CHANGED("audit.chain.problem.changed"),
        /** the next entry names it as its predecessor, but it is gone */
        REMOVED("audit.chain.problem.removed"),
        /** it stands where another entry should */
        OUT_OF_ORDER("audit.chain.problem.outOfOrder"),
        /** it was written outside the chain, after the chain's last entry */
        ADDED("audit.chain.problem.added");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    static ChainVerification valid(Instant at, long checked) {
        return new ChainVerification(at, true, checked, null, null);
    }

    static ChainVerification broken(Instant at, long checked, Long entryId, Problem problem) {
        return new ChainVerification(at, false, checked, entryId, problem);
    }

    /** Plain text for the command line and the log. */
    public String describe() {
        return valid ? "Audit chain valid: " + entriesChecked + " entries checked"
                : "Audit chain BROKEN at entry " + brokenEntryId + ": " + problem + " (" + entriesChecked
                        + " entries before it are intact)";
    }
}
