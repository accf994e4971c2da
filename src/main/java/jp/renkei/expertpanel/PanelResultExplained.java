package jp.renkei.expertpanel;

import java.time.Instant;
import java.time.LocalDate;

import jp.renkei.shared.HospitalId;

/**
 * The referring clinician recorded the day the panel's result was explained to the patient (recorded again when
 * corrected: the last one counts). No patient identity; {@code referralId} is null for an own-patient case.
 */
public record PanelResultExplained(long caseId, Long referralId, HospitalId referringHospital,
        HospitalId panelHospital, LocalDate explainedOn, Instant occurredAt) {
}
