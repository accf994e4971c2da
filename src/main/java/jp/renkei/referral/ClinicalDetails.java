package jp.renkei.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The clinical picture. Parts may be empty in a draft; submission requires the essentials. */
@Embeddable
public record ClinicalDetails(
        @Column(name = "cancer_type_code") String cancerTypeCode,
        @Column(name = "stage") String stage,
        @Column(name = "treatment_line") Integer treatmentLine,
        @Enumerated(EnumType.STRING) @Column(name = "standard_treatment") StandardTreatmentStatus standardTreatment,
        @Column(name = "ecog") Integer ecogPerformanceStatus,
        @Column(name = "clinical_summary") String summary) {
}
