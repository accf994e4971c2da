package jp.renkei.expertpanel;

import java.time.Instant;

import jp.renkei.shared.HospitalId;

/**
 * A panel case's recommendations were agreed, by a signed-off meeting or an asynchronous round, by reviewers who
 * met the composition rule set named here: the report can now be written. Published in the concluding
 * transaction. {@code referralId} is null for a case the panel's hospital opened for its own patient.
 */
public record PanelCaseConcluded(long caseId, Long referralId, HospitalId referringHospital, HospitalId panelHospital,
        String ruleSetId, String ruleSetVersion, Instant occurredAt) {
}
