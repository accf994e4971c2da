package jp.renkei.ccat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.renkei.ccat.billing.TestPurpose;
import jp.renkei.ccat.consent.ConsentDecision;
import jp.renkei.ccat.consent.ConsentScope;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.ccat.milestone.SampleType;
import jp.renkei.shared.HospitalId;

/**
 * One test as the ledger, billing and completeness read it: the record, the day each step was reached, its consent
 * decisions in the order they were recorded, and its latest follow-up entry ({@code null} before the first).
 *
 * @param ownPatientId      the hospital's patient ID for a test of its own patient (no referral), else null
 * @param catalogueTestId   null while the ordered name is not matched to the catalogue
 * @param sampleType        null while not given
 * @param firstFollowUpDue  the first follow-up's due day, null if none is planned
 */
public record TestRecord(long id, HospitalId testingHospital, HospitalId referringHospital, Long referralId,
        Long panelCaseId, String ownPatientId, String ownPatientName, String orderedTestName, String catalogueTestId, SampleType sampleType, TestPurpose purpose,
        LocalDate orderedOn, Map<MilestoneStep, LocalDate> reached, LocalDate firstFollowUpDue,
        List<Consent> consents, FollowUp latestFollowUp) {

    public TestRecord {
        reached = Map.copyOf(reached);
        consents = List.copyOf(consents);
    }

    public LocalDate reachedOn(MilestoneStep step) {
        return reached.get(step);
    }

    /** The latest decision recorded for {@code scope}, if any. */
    public Optional<Consent> latestConsent(ConsentScope scope) {
        return consents.stream().filter(consent -> consent.scope() == scope).reduce((first, second) -> second);
    }

    /** One consent decision: the day the patient decided, as on the signed form. */
    public record Consent(ConsentScope scope, ConsentDecision decision, LocalDate decidedOn) {
    }

    /** What the latest follow-up entry says about treatment and survival. */
    public record FollowUp(int number, LocalDate recordedOn, boolean recommendedTherapyProposed,
            boolean recommendedTherapyGiven, String survivalStatus, LocalDate lastKnownAliveOn) {
    }
}
