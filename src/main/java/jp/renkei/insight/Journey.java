package jp.renkei.insight;

import java.time.LocalDate;

import jp.renkei.shared.HospitalId;

/** One row of the read model as the figures use it: hospitals, dates per stage and yes/no facts, no identity. */
record Journey(HospitalId referringHospital, HospitalId testingHospital, LocalDate referredOn, LocalDate testOrderedOn,
        LocalDate specimenShippedOn, LocalDate labResultOn, LocalDate ccatReportOn, LocalDate panelOn,
        LocalDate reportedOn, LocalDate explainedOn, String standardTreatment, Boolean therapyRecommended,
        Boolean therapyGiven) {
}
