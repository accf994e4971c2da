package jp.renkei.recontact;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.renkei.expertpanel.ConcludedVariant;
import jp.renkei.shared.tenant.SharedByTwoHospitalsEntity;
import jp.renkei.shared.workflow.Refused;

/**
 * "Tell this patient about a newly approved therapy": one per approval and panel case, shared like the case by the
 * referring hospital (origin) and the panel's hospital (partner). Done once someone records the contact.
 */
@Entity
@Table(name = "recontact_task")
class RecontactTask extends SharedByTwoHospitalsEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "approval_id", nullable = false, updatable = false)
    private long approvalId;

    @Column(name = "panel_case_id", nullable = false, updatable = false)
    private long panelCaseId;

    @Column(name = "referral_id", updatable = false)
    private Long referralId;

    @Column(nullable = false, updatable = false)
    private String gene;

    @Column(nullable = false, updatable = false)
    private String alteration;

    @Column(name = "cancer_type_code", updatable = false)
    private String cancerTypeCode;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "contacted_on")
    private LocalDate contactedOn;

    @Column(name = "contacted_by")
    private String contactedBy;

    @Version
    private long version;

    protected RecontactTask() {
    }

    RecontactTask(long approvalId, ConcludedVariant variant, Instant now) {
        super(variant.referringHospital(), variant.panelHospital());
        this.approvalId = approvalId;
        this.panelCaseId = variant.caseId();
        this.referralId = variant.referralId();
        this.gene = variant.gene();
        this.alteration = variant.alteration();
        this.cancerTypeCode = variant.cancerTypeCode();
        this.createdAt = now;
    }

    /** The patient was told (or the attempt is recorded) on {@code day}; once. */
    void contacted(LocalDate day, String by) {
        if (contactedOn != null) {
            throw new Refused("recontact.error.alreadyContacted", "task " + id);
        }
        this.contactedOn = day;
        this.contactedBy = by;
    }

    RecontactTaskDetails details(TherapyApproval approval) {
        return new RecontactTaskDetails(id, approval, panelCaseId, referralId, gene, alteration, cancerTypeCode,
                createdAt, contactedOn, contactedBy, version);
    }

    long approvalId() {
        return approvalId;
    }

    long version() {
        return version;
    }
}
