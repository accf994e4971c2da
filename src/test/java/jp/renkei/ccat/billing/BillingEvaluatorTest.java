package jp.renkei.ccat.billing;

import static jp.renkei.ccat.billing.BillingStatus.AT_RISK;
import static jp.renkei.ccat.billing.BillingStatus.CLAIMABLE;
import static jp.renkei.ccat.billing.BillingStatus.CLAIMED;
import static jp.renkei.ccat.billing.BillingStatus.NOT_CLAIMABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import jp.renkei.shared.calendar.BusinessCalendar;

/**
 * One test per rule and condition: the status, the points, the reason a person reads and the source it cites.
 * The explanation is due 10 business days after the panel in these tests.
 */
class BillingEvaluatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate PANEL = LocalDate.of(2026, 11, 10);
    private static final LocalDate EXPLAINED = LocalDate.of(2026, 11, 17);

    private final BillingEvaluator evaluator =
            new BillingEvaluator(BillingRules.bundled(), BusinessCalendar.japaneseHospitals(), 10);

    @Nested
    class ProfilingTestD006_19 {

        @Test
        void isNotClaimableBeforeTheSpecimenIsSubmitted() {
            BillingVerdict verdict = d006(TestFacts.profiling(), TODAY);

            assertVerdict(verdict, NOT_CLAIMABLE, 44_000, BillingEvaluator.D006_AWAITING_SPECIMEN);
            assertThat(verdict.source()).contains("D006-19");
        }

        @Test
        void isClaimableWhenTheSpecimenIsSubmittedUnderThatDaysRule() {
            LocalDate submitted = LocalDate.of(2026, 5, 29);

            BillingVerdict verdict = d006(TestFacts.profiling().withSpecimenSubmittedOn(submitted), TODAY);

            assertVerdict(verdict, CLAIMABLE, 44_000, BillingEvaluator.D006_SPECIMEN_SUBMITTED, submitted);
            assertThat(verdict.rule().version()).as("the rule of the submission day, not of today").isEqualTo("2024");
            assertThat(verdict.source()).contains("令和6年度", "D006-19", "44,000点");
            assertThat(verdict.unconfirmed()).isFalse();
        }

        @Test
        void aSubmissionUnderThe2026RevisionSaysItsPointsAreUnconfirmed() {
            BillingVerdict verdict = d006(TestFacts.profiling().withSpecimenSubmittedOn(LocalDate.of(2026, 6, 1)),
                    TODAY);

            assertThat(verdict.status()).isEqualTo(CLAIMABLE);
            assertThat(verdict.rule().version()).isEqualTo("2026");
            assertThat(verdict.unconfirmed()).isTrue();
            assertThat(verdict.rule().unconfirmed()).contains("確認できていません");
        }

        @Test
        void aSubmissionDatedAfterTheDayAskedAboutHasNotHappenedYet() {
            TestFacts facts = TestFacts.profiling().withSpecimenSubmittedOn(TODAY.plusDays(1));

            assertThat(d006(facts, TODAY).messageKey()).isEqualTo(BillingEvaluator.D006_AWAITING_SPECIMEN);
        }

        @Test
        void isClaimedOnceTheBillingOfficeClaimedIt() {
            TestFacts facts = TestFacts.profiling().withSpecimenSubmittedOn(PANEL).withClaimed(BillingItem.D006_19);

            assertVerdict(d006(facts, TODAY), CLAIMED, 44_000, BillingEvaluator.D006_SPECIMEN_SUBMITTED, PANEL);
        }

        @Test
        void noRuleBeforeThe2022RevisionSaysSoWithoutPoints() {
            LocalDate submitted = LocalDate.of(2021, 9, 1);

            BillingVerdict verdict = d006(TestFacts.profiling().withSpecimenSubmittedOn(submitted), TODAY);

            assertVerdict(verdict, NOT_CLAIMABLE, 0, BillingEvaluator.NO_RULE, "D006-19", submitted);
            assertThat(verdict.source()).isNull();
        }
    }

    @Nested
    class CompanionDiagnosticDeduction {

        private final TestFacts companion = TestFacts.companionDiagnosticFirst(20_000)
                .withSpecimenSubmittedOn(LocalDate.of(2026, 10, 1)).withPanelHeldOn(PANEL);

        @Test
        void d006_19IsReducedByThePointsAlreadyBilledAndBilledWithB011_5() {
            TestFacts facts = companion.withExplainedInWritingOn(EXPLAINED).withCcatSubmittedOn(EXPLAINED);

            BillingVerdict verdict = d006(facts, TODAY);

            assertVerdict(verdict, CLAIMABLE, 24_000, BillingEvaluator.D006_REDUCED, 44_000, 20_000, 24_000);
            assertThat(verdict.source()).contains("控除");
        }

        @Test
        void aSmallerCompanionBillLeavesMoreOfD006_19() {
            TestFacts facts = TestFacts.companionDiagnosticFirst(8_000).withSpecimenSubmittedOn(LocalDate.of(2026, 10, 1))
                    .withPanelHeldOn(PANEL).withExplainedInWritingOn(EXPLAINED).withCcatSubmittedOn(EXPLAINED);

            assertThat(d006(facts, TODAY).points()).isEqualTo(36_000);
        }

        @Test
        void d006_19WaitsForB011_5RatherThanForTheSpecimen() {
            assertVerdict(d006(companion, LocalDate.of(2026, 11, 11)), NOT_CLAIMABLE, 24_000,
                    BillingEvaluator.D006_AWAITING_EVALUATION, 44_000, 20_000, 24_000);
        }

        @Test
        void d006_19IsAtRiskWithB011_5() {
            BillingVerdict verdict = d006(companion, TODAY);

            assertThat(verdict.status()).isEqualTo(AT_RISK);
            assertThat(verdict.points()).isEqualTo(24_000);
        }
    }

    @Nested
    class EvaluationFeeB011_5 {

        @Test
        void isNotClaimableBeforeThePanelReviewedTheCase() {
            BillingVerdict verdict = b011(TestFacts.profiling().withSpecimenSubmittedOn(PANEL), TODAY);

            assertVerdict(verdict, NOT_CLAIMABLE, 12_000, BillingEvaluator.B011_AWAITING_PANEL);
            assertThat(verdict.source()).contains("B011-5", "エキスパートパネル");
        }

        @Test
        void afterThePanelTheExplanationIsDueWithinTheConfiguredBusinessDays() {
            // Tue 12/1 + 10 business days: 12/2, 3, 4, 7, 8, 9, 10, 11, 14, 15
            LocalDate panel = LocalDate.of(2026, 12, 1);
            TestFacts facts = TestFacts.profiling().withPanelHeldOn(panel);

            assertVerdict(b011(facts, LocalDate.of(2026, 12, 15)), NOT_CLAIMABLE, 12_000,
                    BillingEvaluator.B011_AWAITING_EXPLANATION, panel, LocalDate.of(2026, 12, 15));
        }

        @Test
        void isAtRiskOnceTheExplanationIsOverdue() {
            LocalDate panel = LocalDate.of(2026, 12, 1);
            TestFacts facts = TestFacts.profiling().withPanelHeldOn(panel);

            BillingVerdict verdict = b011(facts, LocalDate.of(2026, 12, 16));

            assertVerdict(verdict, AT_RISK, 12_000, BillingEvaluator.B011_EXPLANATION_OVERDUE, panel,
                    LocalDate.of(2026, 12, 15));
            assertThat(verdict.source()).contains("文書");
        }

        @Test
        void theYearEndClosureDoesNotCountTowardsTheExplanation() {
            // 5 business days after Tue 12/22: 12/23, 24, 25, 28, then closed 12/29-1/3, then Mon 1/4
            BillingEvaluator fiveDays =
                    new BillingEvaluator(BillingRules.bundled(), BusinessCalendar.japaneseHospitals(), 5);
            TestFacts facts = TestFacts.profiling().withPanelHeldOn(LocalDate.of(2026, 12, 22));

            assertThat(fiveDays.evaluate(facts, LocalDate.of(2027, 1, 4)).get(1).status()).isEqualTo(NOT_CLAIMABLE);
            assertThat(fiveDays.evaluate(facts, LocalDate.of(2027, 1, 5)).get(1).status()).isEqualTo(AT_RISK);
        }

        @Test
        void isAtRiskWhenThePatientTransfersOrDiesBeforeTheExplanation() {
            LocalDate left = LocalDate.of(2026, 11, 12);
            TestFacts facts = TestFacts.profiling().withPanelHeldOn(PANEL).withTransferredOrDiedOn(left);

            BillingVerdict verdict = b011(facts, TODAY);

            assertVerdict(verdict, AT_RISK, 12_000, BillingEvaluator.B011_TRANSFERRED_OR_DIED, left);
            assertThat(verdict.source()).contains("転院・死亡");
        }

        @Test
        void aTransferAfterTheExplanationCostsNothing() {
            TestFacts facts = TestFacts.profiling().withPanelHeldOn(PANEL).withExplainedInWritingOn(EXPLAINED)
                    .withCcatSubmittedOn(EXPLAINED.plusDays(1)).withTransferredOrDiedOn(EXPLAINED.plusDays(2));

            assertThat(b011(facts, TODAY).status()).isEqualTo(CLAIMABLE);
        }

        @Test
        void waitsForTheSubmissionToC_CatAfterTheExplanation() {
            TestFacts facts = TestFacts.profiling().withPanelHeldOn(PANEL).withExplainedInWritingOn(EXPLAINED);

            assertVerdict(b011(facts, TODAY), NOT_CLAIMABLE, 12_000, BillingEvaluator.B011_AWAITING_SUBMISSION,
                    EXPLAINED);
        }

        @Test
        void isClaimableWithPanelWrittenExplanationAndSubmission() {
            LocalDate submitted = LocalDate.of(2026, 11, 20);
            TestFacts facts = TestFacts.profiling().withPanelHeldOn(PANEL).withExplainedInWritingOn(EXPLAINED)
                    .withCcatSubmittedOn(submitted);

            BillingVerdict verdict = b011(facts, TODAY);

            assertVerdict(verdict, CLAIMABLE, 12_000, BillingEvaluator.B011_MET, EXPLAINED, submitted);
            assertThat(verdict.rule().version()).isEqualTo("2026");
            assertThat(verdict.source()).contains("B011-5");
        }

        @Test
        void aRefusedRegistrationNeedsNoSubmission() {
            TestFacts facts = TestFacts.profiling().withPanelHeldOn(PANEL).withExplainedInWritingOn(EXPLAINED)
                    .withRegistrationConsentRefused();

            BillingVerdict verdict = b011(facts, TODAY);

            assertVerdict(verdict, CLAIMABLE, 12_000, BillingEvaluator.B011_MET_CONSENT_REFUSED, EXPLAINED);
            assertThat(verdict.source()).contains("同意しない場合を除く");
        }

        @Test
        void isClaimedOnceTheBillingOfficeClaimedIt() {
            TestFacts facts = TestFacts.profiling().withPanelHeldOn(PANEL).withExplainedInWritingOn(EXPLAINED)
                    .withCcatSubmittedOn(EXPLAINED).withClaimed(BillingItem.B011_5);

            assertThat(b011(facts, TODAY).status()).isEqualTo(CLAIMED);
        }

        @Test
        void theRuleOfTheExplanationDayApplies() {
            LocalDate explained = LocalDate.of(2025, 3, 3);
            TestFacts facts = TestFacts.profiling().withPanelHeldOn(explained.minusDays(7))
                    .withExplainedInWritingOn(explained).withCcatSubmittedOn(explained);

            BillingVerdict verdict = b011(facts, TODAY);

            assertThat(verdict.rule().version()).isEqualTo("2024");
            assertThat(verdict.unconfirmed()).isFalse();
        }
    }

    @Nested
    class CompanionDiagnosticD004_2 {

        @Test
        void doesNotApplyToATestRunForProfiling() {
            BillingVerdict verdict = d004(TestFacts.profiling().withSpecimenSubmittedOn(PANEL), TODAY);

            assertVerdict(verdict, NOT_CLAIMABLE, 0, BillingEvaluator.D004_NOT_COMPANION);
            assertThat(verdict.source()).contains("D004-2");
        }

        @Test
        void beforeItsFirstEncodedVersionAProfilingTestIsStillNoCompanionDiagnostic() {
            LocalDate submitted = LocalDate.of(2023, 10, 2);

            assertThat(d004(TestFacts.profiling().withSpecimenSubmittedOn(submitted), TODAY).messageKey())
                    .isEqualTo(BillingEvaluator.D004_NOT_COMPANION);
            assertVerdict(d004(TestFacts.companionDiagnosticFirst(0).withSpecimenSubmittedOn(submitted), TODAY),
                    NOT_CLAIMABLE, 0, BillingEvaluator.NO_RULE, "D004-2", submitted);
        }

        @Test
        void isNotClaimableBeforeTheSpecimenIsSubmitted() {
            assertVerdict(d004(TestFacts.companionDiagnosticFirst(0), TODAY), NOT_CLAIMABLE, 20_000,
                    BillingEvaluator.D004_AWAITING_SPECIMEN);
        }

        @Test
        void isClaimableUpToItsMaximumMadeOfTwoParts() {
            BillingVerdict verdict = d004(TestFacts.companionDiagnosticFirst(0).withSpecimenSubmittedOn(PANEL), TODAY);

            assertVerdict(verdict, CLAIMABLE, 20_000, BillingEvaluator.D004_CLAIMABLE, 20_000, "8,000 + 12,000");
            assertThat(verdict.source()).contains("8,000点＋12,000点");
        }

        @Test
        void isClaimedWithThePointsBilled() {
            assertVerdict(d004(TestFacts.companionDiagnosticFirst(8_000).withSpecimenSubmittedOn(PANEL), TODAY),
                    CLAIMED, 8_000, BillingEvaluator.D004_BILLED, 8_000);
        }

        @Test
        void pointsAboveTheMaximumAreShownForChecking() {
            assertVerdict(d004(TestFacts.companionDiagnosticFirst(25_000).withSpecimenSubmittedOn(PANEL), TODAY),
                    CLAIMED, 25_000, BillingEvaluator.D004_ABOVE_MAXIMUM, 25_000, 20_000);
        }
    }

    @Test
    void factsThatCannotBeTrueAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> TestFacts.profiling().withPanelHeldOn(PANEL)
                .withExplainedInWritingOn(PANEL.minusDays(1))).withMessageContaining("before the panel");
        assertThatIllegalArgumentException().isThrownBy(() -> new TestFacts(TestPurpose.PROFILING, null, 8_000,
                null, null, null, false, null, null)).withMessageContaining("run for profiling");
        assertThatIllegalArgumentException().isThrownBy(() -> TestFacts.profiling().withClaimed(BillingItem.D004_2))
                .withMessageContaining("by recording its points");
    }

    @Test
    void everyVerdictsKeyIsDeclared() {
        TestFacts facts = TestFacts.companionDiagnosticFirst(0).withSpecimenSubmittedOn(PANEL);

        assertThat(evaluator.evaluate(facts, TODAY)).extracting(BillingVerdict::item)
                .containsExactly(BillingItem.D006_19, BillingItem.B011_5, BillingItem.D004_2);
        assertThat(evaluator.evaluate(facts, TODAY)).allSatisfy(verdict ->
                assertThat(BillingEvaluator.messageKeys()).contains(verdict.messageKey()));
    }

    private BillingVerdict d006(TestFacts facts, LocalDate on) {
        return evaluator.evaluate(facts, on).get(0);
    }

    private BillingVerdict b011(TestFacts facts, LocalDate on) {
        return evaluator.evaluate(facts, on).get(1);
    }

    private BillingVerdict d004(TestFacts facts, LocalDate on) {
        return evaluator.evaluate(facts, on).get(2);
    }

    private static void assertVerdict(BillingVerdict verdict, BillingStatus status, int points, String messageKey,
            Object... arguments) {
        assertThat(verdict.status()).as("status of %s", verdict.item()).isEqualTo(status);
        assertThat(verdict.points()).as("points of %s", verdict.item()).isEqualTo(points);
        assertThat(verdict.messageKey()).as("reason of %s", verdict.item()).isEqualTo(messageKey);
        assertThat(verdict.messageArguments()).as("reason's arguments of %s", verdict.item()).containsExactly(arguments);
    }
}
