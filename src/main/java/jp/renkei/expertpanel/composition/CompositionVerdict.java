package jp.renkei.expertpanel.composition;

import java.util.List;

/**
 * Whether the participants of one review meet the requirements in force, which rule set (id and version) judged
 * it — stored with each result — its cited source, and, when its wording is not confirmed, that note.
 */
public record CompositionVerdict(String ruleSetId, String ruleSetVersion, String source, String unconfirmed,
        List<Shortfall> shortfalls) {

    public CompositionVerdict {
        shortfalls = List.copyOf(shortfalls);
    }

    public boolean valid() {
        return shortfalls.isEmpty();
    }
}
