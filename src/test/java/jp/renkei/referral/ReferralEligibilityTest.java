package jp.renkei.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.renkei.referral.eligibility.EligibilityFinding;
import jp.renkei.referral.eligibility.EligibilityPolicy;
import jp.renkei.referral.eligibility.FindingLevel;
import jp.renkei.referral.priortest.PriorTestCatalogue;
import jp.renkei.shared.HospitalId;
import jp.renkei.tenancy.HospitalTier;
import jp.renkei.tenancy.HospitalSummary;

/**
 * The once-per-lifetime warning (一生に一回) through the shipped rules and the shipped prior-test catalogue: only an
 * insured comprehensive panel uses the coverage up, never a companion diagnostic routine in pancreatic, breast,
 * ovarian or prostate cancer.
 */
class ReferralEligibilityTest {

    static final HospitalSummary TOTO = new HospitalSummary(HospitalId.of(1), "TOTO", "東都大学医学部附属病院",
            "Toto University Hospital", HospitalTier.CORE, true, "13", "東京都");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final String ONCE_WARNING = "eligibility.oncePerLifetime.warning";

    private final PriorTestCatalogue catalogue = new PriorTestCatalogue();
    private final ReferralEligibility eligibility = new ReferralEligibility(new EligibilityPolicy(), catalogue);

    @Test
    void anInsuredBracAnalysisDoesNotUseUpTheLifetimePanelTest() {
        PriorTest brac = new PriorTest(LocalDate.of(2026, 3, 1), "BRACAnalysis 診断システム", true,
                PriorTestKind.COMPANION_DIAGNOSTIC);

        assertThat(onceFinding(List.of(brac)).level()).isEqualTo(FindingLevel.OK);
    }

    @Test
    void anInsuredCgpPanelDoesUseItUp() {
        PriorTest f1 = new PriorTest(LocalDate.of(2025, 3, 1), "FoundationOne CDx がんゲノムプロファイル", true,
                PriorTestKind.CGP_PANEL);

        assertThat(onceFinding(List.of(f1)).level()).isEqualTo(FindingLevel.WARNING);
        assertThat(onceFinding(List.of(f1)).messageKey()).isEqualTo(ONCE_WARNING);
    }

    @Test
    void aCgpPanelPaidOtherwiseDoesNot() {
        PriorTest research = new PriorTest(null, "GenMineTOP がんゲノムプロファイリングシステム", false,
                PriorTestKind.CGP_PANEL);

        assertThat(onceFinding(List.of(research)).level()).isEqualTo(FindingLevel.OK);
    }

    @Test
    void testsRecordedBeforeKindsExistedAreClassifiedByTheirName() {
        PriorTest oldBrac = new PriorTest(null, "BRACAnalysis", true, null);
        PriorTest oldGuardant = new PriorTest(null, "Guardant360 CDx", true, null);

        assertThat(onceFinding(List.of(oldBrac)).level()).isEqualTo(FindingLevel.OK);
        assertThat(onceFinding(List.of(oldBrac, oldGuardant)).level()).isEqualTo(FindingLevel.WARNING);
    }

    @Test
    void theCatalogueKnowsTheInsuredPanelsAndTheCommonCompanionDiagnostics() {
        for (String panel : List.of("FoundationOne CDx", "OncoGuide NCC オンコパネル", "GenMineTOP", "Guardant360 CDx",
                "FoundationOne Liquid CDx", "ＦｏｕｎｄａｔｉｏｎＯｎｅ ＣＤｘ")) {
            assertThat(catalogue.kindOf(panel)).as(panel).isEqualTo(PriorTestKind.CGP_PANEL);
        }
        for (String cdx : List.of("BRACAnalysis", "therascreen EGFR", "cobas EGFR 変異検出キット v2.0", "myChoice")) {
            assertThat(catalogue.kindOf(cdx)).as(cdx).isEqualTo(PriorTestKind.COMPANION_DIAGNOSTIC);
        }
        assertThat(catalogue.kindOf("院内研究用パネル")).isEqualTo(PriorTestKind.OTHER);
    }

    private EligibilityFinding onceFinding(List<PriorTest> priorTests) {
        ReferralContent content = new ReferralContent(
                new PatientParticulars("S-1", "試験 花子", "シケン ハナコ", LocalDate.of(1970, 5, 1), Sex.FEMALE),
                new ClinicalDetails("PAAD", "IV", 2, StandardTreatmentStatus.ENDED, 1, "膵癌"),
                Specimen.unknown(), priorTests, Set.of(RequestedService.CGP_TEST));
        return eligibility.assess(TOTO, content, TODAY).findings().stream()
                .filter(f -> f.ruleId().equals("cgp.once-per-lifetime")).findFirst().orElseThrow();
    }
}
