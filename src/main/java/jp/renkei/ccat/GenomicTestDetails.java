package jp.renkei.ccat;

import java.time.LocalDate;
import java.util.List;

import jp.renkei.ccat.billing.TestPurpose;
import jp.renkei.ccat.milestone.SampleType;
import jp.renkei.shared.HospitalId;

/**
 * A genomic test as its page shows it: what was ordered and how it is described, its milestones in order and the
 * particulars still missing.
 *
 * @param catalogueTestId null while the ordered name is not matched to a catalogue test
 * @param missing         message keys of the particulars still to be given, in the order the page asks for them
 * @param editable        the viewer is a coordinator of the testing hospital
 */
public record GenomicTestDetails(long id, long version, Long referralId, Long panelCaseId, HospitalId testingHospital,
        HospitalId referringHospital, String orderedTestName, String catalogueTestId, String catalogueTestName,
        SampleType sampleType, TestPurpose purpose, TestCoverage coverage, LocalDate orderedOn,
        List<MilestoneDetails> milestones, List<String> missing, boolean editable) {

    public GenomicTestDetails {
        milestones = List.copyOf(milestones);
        missing = List.copyOf(missing);
    }
}
