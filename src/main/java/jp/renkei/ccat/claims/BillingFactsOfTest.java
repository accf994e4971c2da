package jp.renkei.ccat.claims;

import java.util.List;

import jp.renkei.ccat.TestRecord;
import jp.renkei.ccat.billing.BillingItem;
import jp.renkei.ccat.billing.TestFacts;
import jp.renkei.ccat.billing.TestPurpose;
import jp.renkei.ccat.consent.ConsentDecision;
import jp.renkei.ccat.consent.ConsentScope;
import jp.renkei.ccat.milestone.MilestoneStep;

/**
 * What billing needs of a test, from the workflow: the specimen shipped, the panel held, the written explanation and
 * the C-CAT submission (clinical data entered) from the milestones, a refused or withdrawn registration consent, the
 * patient's departure and the claims recorded (a D004-2 claim by its points).
 */
final class BillingFactsOfTest {

    private BillingFactsOfTest() {
    }

    static TestFacts of(TestRecord test, List<BillingClaim> claims, PatientDeparture departure) {
        int companionPoints = claims.stream().filter(claim -> claim.item() == BillingItem.D004_2)
                .mapToInt(BillingClaim::points).sum();
        TestFacts facts = test.purpose() == TestPurpose.COMPANION_DIAGNOSTIC_FIRST
                ? TestFacts.companionDiagnosticFirst(companionPoints) : TestFacts.profiling();
        facts = facts.withSpecimenSubmittedOn(test.reachedOn(MilestoneStep.SPECIMEN_SHIPPED))
                .withPanelHeldOn(test.reachedOn(MilestoneStep.PANEL_HELD))
                .withExplainedInWritingOn(test.reachedOn(MilestoneStep.RESULT_EXPLAINED))
                .withCcatSubmittedOn(test.reachedOn(MilestoneStep.CLINICAL_DATA_ENTERED));
        boolean registrationRefused = test.latestConsent(ConsentScope.C_CAT_REGISTRATION)
                .map(consent -> consent.decision() != ConsentDecision.GRANTED).orElse(false);
        if (registrationRefused) {
            facts = facts.withRegistrationConsentRefused();
        }
        if (departure != null) {
            facts = facts.withTransferredOrDiedOn(departure.departedOn());
        }
        for (BillingClaim claim : claims) {
            if (claim.item() != BillingItem.D004_2) {
                facts = facts.withClaimed(claim.item());
            }
        }
        return facts;
    }
}
