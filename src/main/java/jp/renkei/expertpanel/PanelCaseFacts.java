package jp.renkei.expertpanel;

import java.time.LocalDate;

/**
 * What a later workflow (C-CAT tracking, its ledger and billing) needs to know of a case, without the patient's
 * identity: its referral ({@code null} for the hospital's own patient, whose sex and birth date the case holds),
 * its cancer type and specimen date, and the Tokyo days it was concluded, reported and explained ({@code null}
 * until then).
 *
 * @param treatmentRecommended the panel recommended a drug or a trial for at least one variant
 */
public record PanelCaseFacts(long caseId, Long referralId, String cancerTypeCode, LocalDate specimenCollectedOn,
        LocalDate concludedOn, LocalDate reportIssuedOn, LocalDate explainedOn, boolean treatmentRecommended) {

    public boolean concluded() {
        return concludedOn != null;
    }
}
