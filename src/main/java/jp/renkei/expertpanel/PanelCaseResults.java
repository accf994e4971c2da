package jp.renkei.expertpanel;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What came of a case, as its page shows it: where it stands, the issued report (null fields until issued), the
 * explanation date, the counseling request a secondary finding raised (null if none), the turnaround, and what the
 * viewer may do now.
 *
 * @param reportSha256    checksum of the PDF as issued, so a printed copy can be matched to it
 * @param germlineTesting null unless the report has a secondary finding
 */
public record PanelCaseResults(long caseId, PanelCaseStatus status, Instant reportIssuedAt, String reportIssuedBy,
        String reportSha256, boolean secondaryFinding, GermlineTesting germlineTesting, LocalDate explainedOn,
        FollowUpStatus counselingFollowUp, Turnaround turnaround, boolean mayIssue, boolean mayRecordExplanation) {

    public boolean reportIssued() {
        return reportIssuedAt != null;
    }
}
