package jp.renkei.expertpanel;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.renkei.referral.ReferralMilestones;
import jp.renkei.referral.ReferredPatient;
import jp.renkei.referral.Sex;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.tenant.HospitalOwnedEntity;

/**
 * The patient and case facts of a case the panel's hospital opened for its own patient: what a referral would
 * otherwise have told the panel. One per such case, owned by that hospital alone.
 */
@Entity
@Table(name = "panel_own_patient")
class PanelOwnPatient extends HospitalOwnedEntity {

    @Id
    @Column(name = "panel_case_id")
    private Long panelCaseId;

    @Column(name = "hospital_patient_id", nullable = false, updatable = false)
    private String hospitalPatientId;

    @Column(name = "name_kanji", nullable = false, updatable = false)
    private String nameKanji;

    @Column(name = "name_kana", nullable = false, updatable = false)
    private String nameKana;

    @Column(name = "birth_date", nullable = false, updatable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Sex sex;

    @Column(name = "cancer_type_code", nullable = false, updatable = false)
    private String cancerTypeCode;

    @Column(name = "clinical_summary", nullable = false, updatable = false)
    private String clinicalSummary;

    @Column(name = "specimen_collected_on", updatable = false)
    private LocalDate specimenCollectedOn;

    @Column(name = "attending_physician", nullable = false, updatable = false)
    private String attendingPhysician;

    protected PanelOwnPatient() {
    }

    PanelOwnPatient(HospitalId hospital, long panelCaseId, NewOwnPatientCase facts) {
        super(hospital);
        this.panelCaseId = panelCaseId;
        this.hospitalPatientId = facts.hospitalPatientId().strip();
        this.nameKanji = facts.nameKanji().strip();
        this.nameKana = facts.nameKana().strip();
        this.birthDate = facts.birthDate();
        this.sex = facts.sex();
        this.cancerTypeCode = facts.cancerTypeCode().strip();
        this.clinicalSummary = facts.clinicalSummary().strip();
        this.specimenCollectedOn = facts.specimenCollectedOn();
        this.attendingPhysician = facts.attendingPhysician().strip();
    }

    long panelCaseId() {
        return panelCaseId;
    }

    String hospitalPatientId() {
        return hospitalPatientId;
    }

    String attendingPhysician() {
        return attendingPhysician;
    }

    String cancerTypeCode() {
        return cancerTypeCode;
    }

    String clinicalSummary() {
        return clinicalSummary;
    }

    ReferredPatient patient() {
        return new ReferredPatient(hospitalPatientId, nameKanji);
    }

    /** No referral was sent: only the specimen date counts. */
    ReferralMilestones milestones() {
        return new ReferralMilestones(null, specimenCollectedOn);
    }
}
