package jp.renkei.ccat.completeness;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.ccat.TestRecord;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.expertpanel.PanelCaseFacts;
import jp.renkei.expertpanel.PanelCaseResultsService;
import jp.renkei.referral.ReferralClinicalFacts;
import jp.renkei.referral.ReferralId;
import jp.renkei.referral.ReferralService;

/**
 * What the portal already knows about a test's patient and case, so C-CAT's items it answers are never typed twice:
 * the referral's clinical facts (or the panel's own-patient case), the test record, the panel case and the latest
 * follow-up entry.
 */
@Component
class KnownFacts {

    private final ReferralService referrals;
    private final PanelCaseResultsService panelCases;

    KnownFacts(ReferralService referrals, PanelCaseResultsService panelCases) {
        this.referrals = referrals;
        this.panelCases = panelCases;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Set<KnownFact> of(TestRecord test) {
        Set<KnownFact> known = EnumSet.noneOf(KnownFact.class);
        PanelCaseFacts panel = test.panelCaseId() == null ? null : panelCases.factsFor(test.panelCaseId());
        if (test.referralId() != null) {
            fromReferral(referrals.clinicalFactsFor(new ReferralId(test.referralId())), known);
        } else if (panel != null) {
            // an own-patient case always holds the patient's sex, birth date and cancer type
            known.addAll(EnumSet.of(KnownFact.PATIENT_SEX, KnownFact.PATIENT_BIRTH_DATE, KnownFact.CANCER_TYPE));
            add(known, KnownFact.SPECIMEN_COLLECTED_ON, panel.specimenCollectedOn());
        }
        add(known, KnownFact.PANEL_TEST, test.catalogueTestId());
        add(known, KnownFact.SPECIMEN_TYPE, test.sampleType());
        add(known, KnownFact.PANEL_HELD_ON, test.reachedOn(MilestoneStep.PANEL_HELD));
        if (panel != null && panel.concluded()) {
            known.add(KnownFact.PANEL_RECOMMENDATIONS);
        }
        add(known, KnownFact.RESULT_EXPLAINED_ON, test.reachedOn(MilestoneStep.RESULT_EXPLAINED));
        TestRecord.FollowUp followUp = test.latestFollowUp();
        if (followUp != null) {
            known.add(KnownFact.RECOMMENDED_THERAPY_GIVEN);
            known.add(KnownFact.SURVIVAL_STATUS);
            if (followUp.lastKnownAliveOn() != null || "DECEASED".equals(followUp.survivalStatus())) {
                known.add(KnownFact.LAST_KNOWN_ALIVE);
            }
        }
        return known;
    }

    private static void fromReferral(ReferralClinicalFacts facts, Set<KnownFact> known) {
        if (facts.birthDateGiven()) {
            known.add(KnownFact.PATIENT_BIRTH_DATE);
        }
        if (facts.sexGiven()) {
            known.add(KnownFact.PATIENT_SEX);
        }
        add(known, KnownFact.CANCER_TYPE, facts.cancerTypeCode());
        add(known, KnownFact.STAGE, facts.stage());
        add(known, KnownFact.ECOG_PERFORMANCE_STATUS, facts.ecogPerformanceStatus());
        add(known, KnownFact.TREATMENT_LINE, facts.treatmentLine());
        add(known, KnownFact.STANDARD_TREATMENT_STATUS, facts.standardTreatment());
        add(known, KnownFact.SPECIMEN_TYPE, facts.specimenType());
        add(known, KnownFact.SPECIMEN_COLLECTED_ON, facts.specimenCollectedOn());
        add(known, KnownFact.TUMOUR_CELLULARITY, facts.tumourCellularityPercent());
    }

    private static void add(Set<KnownFact> known, KnownFact fact, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            known.add(fact);
        }
    }
}
