package jp.renkei.referral;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Who the patient is, as the referring hospital knows them and as it was sent. */
@Embeddable
public record PatientParticulars(
        @Column(name = "patient_hospital_pid") String hospitalPatientId,
        @Column(name = "patient_name_kanji") String nameKanji,
        @Column(name = "patient_name_kana") String nameKana,
        @Column(name = "patient_birth_date") LocalDate birthDate,
        @Enumerated(EnumType.STRING) @Column(name = "patient_sex") Sex sex) {
}
