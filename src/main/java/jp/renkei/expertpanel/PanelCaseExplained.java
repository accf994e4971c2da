package jp.renkei.expertpanel;

import java.time.Instant;
import java.time.LocalDate;

import jp.renkei.shared.HospitalId;

/**
 * The referring hospital recorded the day the panel's result was explained to the patient (again, if the day was
 * corrected). Published in the recording transaction. {@code referralId} is null for the hospital's own patient.
 */
public record PanelCaseExplained(long caseId, Long referralId, HospitalId referringHospital, HospitalId panelHospital,
        LocalDate explainedOn, Instant occurredAt) {
}
