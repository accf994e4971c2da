package jp.renkei.expertpanel;

import java.time.Instant;

import jp.renkei.shared.HospitalId;

/**
 * A panel report went back to the referring hospital. {@code therapyRecommended}: the panel recommended a drug or a
 * trial for at least one variant, the numerator of the network's treatment-access figure. No patient identity;
 * {@code referralId} is null for the panel hospital's own patient.
 */
public record PanelReportIssued(long caseId, Long referralId, HospitalId referringHospital, HospitalId panelHospital,
        boolean therapyRecommended, Instant issuedAt) {
}
