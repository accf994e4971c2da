package jp.renkei.expertpanel;

import jp.renkei.expertpanel.composition.CompositionVerdict;
import jp.renkei.shared.workflow.Refused;

/**
 * Sign-off refused because the attendance does not meet the requirements in force: still the one refusal type,
 * carrying the verdict so the screen can list each reason as a sentence.
 */
public class CompositionRefused extends Refused {

    private final transient CompositionVerdict verdict;

    public CompositionRefused(CompositionVerdict verdict) {
        super("panel.meeting.error.composition", verdict.ruleSetId() + " " + verdict.shortfalls(),
                String.valueOf(verdict.shortfalls().size()));
        this.verdict = verdict;
    }

    public CompositionVerdict verdict() {
        return verdict;
    }
}
