package jp.renkei.expertpanel;

import java.time.Instant;

import jp.renkei.shared.HospitalId;

/**
 * A variant of a panel case the panel has concluded, as a later workflow may ask for it: the case, its two
 * hospitals and cancer type, the variant and whether it was (likely) pathogenic. No patient identity; {@code
 * referralId} is null for the panel hospital's own patient.
 */
public record ConcludedVariant(long caseId, Long referralId, HospitalId referringHospital, HospitalId panelHospital,
        String cancerTypeCode, String gene, String alteration, boolean pathogenic, Instant concludedAt) {
}
