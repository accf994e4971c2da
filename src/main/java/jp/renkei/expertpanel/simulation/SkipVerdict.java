package jp.renkei.expertpanel.simulation;

import java.util.List;

/**
 * Whether a case would have skipped the panel under the proposal: the variants that would have let it, and what kept
 * it at the panel, as message keys with their arguments.
 */
public record SkipVerdict(boolean skips, List<Match> matches, List<Reason> blocking) {

    public SkipVerdict {
        matches = List.copyOf(matches);
        blocking = List.copyOf(blocking);
    }

    /** Which of the proposal's two lists an entry is on. */
    public enum Rule {
        /** Table 2: a companion-diagnostic target with a drug approved for the cancer type. */
        COMPANION_DIAGNOSTIC,
        /** Table 1-2: a level-A variant the societies list as needing no panel. */
        LEVEL_A_LIST
    }

    /** A variant of the case ({@code "EGFR p.L858R"}) named by an entry of the proposal. */
    public record Match(String variant, Rule rule, ProposalEntry entry) {
    }

    public record Reason(String key, List<String> arguments) {

        static Reason of(String key, String... arguments) {
            return new Reason(key, List.of(arguments));
        }
    }
}
