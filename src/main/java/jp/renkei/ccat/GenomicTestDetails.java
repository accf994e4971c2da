package jp.renkei.ccat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jp.renkei.ccat.billing.TestPurpose;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.ccat.milestone.SampleType;
import jp.renkei.shared.HospitalId;

/**
 * A genomic test as its page shows it: what was ordered and how it is described, its milestones in order and the
 * particulars still missing.
 *
 * @param patientId       the patient as the referring hospital (or, for its own patient, the testing hospital) knows
 *                        them
 * @param catalogueTestId null while the ordered name is not matched to a catalogue test
 * @param missing         message keys of the particulars still to be given, in the order the page asks for them
 * @param followUps       the follow-up entries made so far, first one first
 * @param editable        the viewer is a coordinator of the testing hospital
 */
public record GenomicTestDetails(long id, long version, Long referralId, Long panelCaseId, HospitalId testingHospital,
        HospitalId referringHospital, String patientId, String patientName, String orderedTestName, String catalogueTestId, String catalogueTestName,
        SampleType sampleType, TestPurpose purpose, TestCoverage coverage, LocalDate orderedOn,
        List<MilestoneDetails> milestones, List<String> missing, List<FollowUpDetails> followUps, boolean editable) {

    public GenomicTestDetails {
        milestones = List.copyOf(milestones);
        missing = List.copyOf(missing);
        followUps = List.copyOf(followUps);
    }

    /** Days from shipping the specimen to the lab's result reaching C-CAT, as it happened; empty until both are. */
    public Optional<Long> labTurnaroundDays() {
        return daysBetween(MilestoneStep.SPECIMEN_SHIPPED, MilestoneStep.LAB_RESULT_UPLOADED);
    }

    /** Days from entering the clinical data to receiving C-CAT's findings report, as it happened. */
    public Optional<Long> ccatTurnaroundDays() {
        return daysBetween(MilestoneStep.CLINICAL_DATA_ENTERED, MilestoneStep.CCAT_REPORT_RECEIVED);
    }

    public Optional<MilestoneDetails> milestone(MilestoneStep step, int followUpNumber) {
        return milestones.stream().filter(m -> m.step() == step && m.followUpNumber() == followUpNumber).findFirst();
    }

    private Optional<Long> daysBetween(MilestoneStep from, MilestoneStep to) {
        Optional<LocalDate> start = milestone(from, 0).map(MilestoneDetails::reachedOn);
        Optional<LocalDate> end = milestone(to, 0).map(MilestoneDetails::reachedOn);
        return start.flatMap(s -> end.map(e -> ChronoUnit.DAYS.between(s, e)));
    }
}
