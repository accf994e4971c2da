package jp.renkei.expertpanel;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Hook for the day the C-CAT findings report of a case arrived, counted in the case's turnaround. Implemented where
 * the C-CAT report is attached to the case; until then the turnaround shows "—" for it.
 */
public interface CcatReportDate {

    Optional<LocalDate> receivedOn(long caseId);
}
