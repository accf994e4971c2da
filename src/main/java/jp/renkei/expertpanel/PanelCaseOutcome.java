package jp.renkei.expertpanel;

import java.time.LocalDate;

/**
 * What a document listing many tests (the C-CAT ledger) needs of each one's panel case: the Tokyo days it was
 * concluded and reported ({@code null} until then) and whether the panel recommended a treatment. No identity.
 *
 * @param treatmentRecommended the panel recommended a drug or a trial for at least one variant
 */
public record PanelCaseOutcome(long caseId, LocalDate concludedOn, LocalDate reportIssuedOn,
        boolean treatmentRecommended) {

    public boolean concluded() {
        return concludedOn != null;
    }
}
