package jp.renkei.referral;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.tenant.HospitalOwnedEntity;

/** A patient of one hospital, stored once and reused by that hospital's later referrals. */
@Entity
@Table(name = "patient")
class Patient extends HospitalOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "hospital_patient_id", nullable = false, updatable = false)
    private String hospitalPatientId;

    @Column(name = "name_kanji", nullable = false)
    private String nameKanji;

    @Column(name = "name_kana", nullable = false)
    private String nameKana;

    @Column(name = "birth_date", nullable = false)
    private java.time.LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex sex;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Patient() {
    }

    Patient(HospitalId hospital, PatientParticulars particulars, Instant now) {
        super(hospital);
        this.hospitalPatientId = particulars.hospitalPatientId();
        this.createdAt = now;
        update(particulars);
    }

    /** Corrections (a typo in the kana, say) apply to later referrals; sent referrals keep their copy. */
    void update(PatientParticulars particulars) {
        this.nameKanji = particulars.nameKanji();
        this.nameKana = particulars.nameKana();
        this.birthDate = particulars.birthDate();
        this.sex = particulars.sex();
    }

    Long id() {
        return id;
    }

    PatientParticulars particulars() {
        return new PatientParticulars(hospitalPatientId, nameKanji, nameKana, birthDate, sex);
    }
}
