package jp.renkei.expertpanel;

import java.time.Instant;
import java.util.List;

import jp.renkei.shared.HospitalId;

/**
 * A panel report was issued with a secondary (germline) finding: the referring hospital should offer the patient
 * genetic counseling. Published once, in the issuing transaction; listeners must still tolerate a redelivery. Carries
 * the genes, never the patient: the referral id is enough for those who may look the patient up.
 */
public record SecondaryFindingRaised(long caseId, long referralId, HospitalId referringHospital,
        HospitalId panelHospital, List<String> genes, Instant raisedAt) {

    public SecondaryFindingRaised {
        genes = List.copyOf(genes);
    }
}
