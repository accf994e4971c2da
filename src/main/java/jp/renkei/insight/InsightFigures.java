package jp.renkei.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jp.renkei.tenancy.HospitalSummary;

/**
 * Everything the figures page and its CSV show, for one hospital or (when {@code hospital} is null) the network.
 * Only hospitals, counts, days and shares: no patient, referral or case is named. The per-hospital lists are filled
 * for the network only; there small cells are suppressed.
 */
public record InsightFigures(HospitalSummary hospital, LocalDate from, LocalDate to, Map<Stage, Distribution> stages,
        Map<TestingTiming, TreatmentAccess> accessByTiming, TreatmentAccess access, List<MonthlyTurnaround> monthly,
        List<HospitalTurnaround> turnaroundByHospital, List<HospitalAccess> accessByHospital) {

    public boolean network() {
        return hospital == null;
    }

    /** Per testing hospital: where the test, the C-CAT steps and the panel happen. */
    public record HospitalTurnaround(HospitalSummary hospital, Map<Stage, Distribution> stages) {
    }

    /** Per referring hospital: whose patients reach a therapy. */
    public record HospitalAccess(HospitalSummary hospital, TreatmentAccess access) {
    }

    /** Test order to explanation for the journeys explained in {@code month}. */
    public record MonthlyTurnaround(YearMonth month, Distribution orderToExplanation) {
    }
}
