package jp.renkei.recontact;

import java.time.Instant;
import java.time.LocalDate;

import jp.renkei.referral.ReferralId;

/** A recontact task as its two hospitals see it: the approval, the case and its variant, and whether it is done. */
public record RecontactTaskDetails(long id, TherapyApproval approval, long panelCaseId, Long referralId, String gene,
        String alteration, String cancerTypeCode, Instant createdAt, LocalDate contactedOn, String contactedBy,
        long version) {

    /** How people name the case: its referral number, or the case number for the hospital's own patient. */
    public String caseLabel() {
        return caseLabel(panelCaseId, referralId);
    }

    static String caseLabel(long panelCaseId, Long referralId) {
        return referralId != null ? new ReferralId(referralId).display() : "#" + panelCaseId;
    }

    public boolean open() {
        return contactedOn == null;
    }
}
