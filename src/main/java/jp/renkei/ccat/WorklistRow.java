package jp.renkei.ccat;

import java.time.LocalDate;
import java.util.List;

import jp.renkei.ccat.milestone.MilestoneStatus;
import jp.renkei.ccat.milestone.MilestoneStep;

/**
 * One test on the worklist at the step it is waiting for: whose patient, which test, what is due when, how late,
 * who has it, and which particulars are still missing.
 *
 * @param patientId   the patient as the referring hospital knows them; null for a patient this hospital cannot see
 * @param ownerName   null while unassigned
 * @param missing     message keys of the test's missing particulars
 */
public record WorklistRow(long testId, Long referralId, String patientId, String patientName, String testName,
        MilestoneStep step, int followUpNumber, LocalDate dueOn, MilestoneStatus status, int businessDaysOverdue,
        String ownerName, List<String> missing) {

    public WorklistRow {
        missing = List.copyOf(missing);
    }
}
