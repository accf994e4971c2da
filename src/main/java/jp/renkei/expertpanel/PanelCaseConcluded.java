package jp.renkei.expertpanel;

import java.time.Instant;

import jp.renkei.shared.HospitalId;

/**
 * A panel case's recommendations were agreed, by a signed-off meeting or an asynchronous round, by reviewers who
 * met the composition rule set named here: the report can now be written. Published in the concluding
 * transaction.
 */
public record PanelCaseConcluded(long caseId, long referralId, HospitalId referringHospital, HospitalId panelHospital,
        String ruleSetId, String ruleSetVersion, Instant occurredAt) {
}
