package jp.renkei.expertpanel.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.renkei.expertpanel.review.EvidenceLevel;
import jp.renkei.expertpanel.review.LevelSystem;
import jp.renkei.expertpanel.review.Pathogenicity;
import jp.renkei.expertpanel.review.Recommendation;
import jp.renkei.expertpanel.review.ReviewedVariant;
import jp.renkei.expertpanel.review.TherapyRoute;
import jp.renkei.expertpanel.simulation.SkipVerdict.Reason;
import jp.renkei.expertpanel.simulation.SkipVerdict.Rule;

/** Each rule of the proposal as the shipped data encodes it, and the cases that must still go to the panel. */
class SkipRuleTest {

    private final SkipRule rule = new SkipRule(SkipProposal.shipped(), CancerTypeTree.shipped());

    @Test
    void aCompanionDiagnosticTargetForTheCancerTypeSkipsAlsoWhenCodedBelowIt() {
        SkipVerdict verdict = judge("LUAD", pathogenic("EGFR", "p.L858R"));
        assertThat(verdict.skips()).isTrue();
        assertThat(verdict.matches()).singleElement().satisfies(match -> {
            assertThat(match.variant()).isEqualTo("EGFR p.L858R");
            assertThat(match.rule()).isEqualTo(Rule.COMPANION_DIAGNOSTIC);
            assertThat(match.entry().drug()).isEqualTo("オシメルチニブ");
        });
        assertThat(judge("NSCLC", pathogenic("EGFR", "p.E746_A750del")).skips()).isTrue();
    }

    @Test
    void aDrugApprovedOnlyForAnotherCancerTypeDoesNotSkip() {
        SkipVerdict colon = judge("COAD", pathogenic("EGFR", "p.L858R"));
        assertThat(colon.skips()).isFalse();
        assertThat(colon.blocking()).extracting(Reason::key).containsExactly("panel.simulation.reason.notAssessed",
                "panel.simulation.reason.noListedVariant");
        assertThat(judge("BRCA", pathogenic("BRCA2", "p.S1982fs")).skips()).as("olaparib: ovary and prostate only")
                .isFalse();
        assertThat(judge(null, pathogenic("KRAS", "p.G12C")).skips()).as("no cancer type, no organ-specific entry")
                .isFalse();
    }

    @Test
    void theLevelAListAndTumourAgnosticEntriesSkip() {
        SkipVerdict colorectal = judge("COAD", pathogenic("BRAF", "p.V600E"));
        assertThat(colorectal.skips()).isTrue();
        assertThat(colorectal.matches().getFirst().rule()).isEqualTo(Rule.LEVEL_A_LIST);
        assertThat(judge("PAAD", pathogenic("NTRK1", "TPM3-NTRK1")).skips()).isTrue();
        assertThat(judge("CUP", new ReviewedVariant("MSI", "High", Pathogenicity.PATHOGENIC, false, null)).skips())
                .isTrue();
    }

    @Test
    void aVariantOfUnknownSignificanceNeverQualifies() {
        SkipVerdict verdict = judge("LUAD", new ReviewedVariant("EGFR", "p.L858R", Pathogenicity.VUS, false, null));
        assertThat(verdict.skips()).isFalse();
        assertThat(verdict.blocking()).extracting(Reason::key).containsExactly("panel.simulation.reason.noListedVariant");
    }

    @Test
    void aSecondaryFindingOrSuspectedGermlineVariantKeepsTheCaseAtThePanel() {
        SkipVerdict germline = judge("HGSOC", new ReviewedVariant("BRCA1", "p.Q1756fs", Pathogenicity.PATHOGENIC, true,
                null));
        assertThat(germline.skips()).isFalse();
        assertThat(germline.matches()).as("on the list, but").hasSize(1);
        assertThat(germline.blocking()).extracting(Reason::key)
                .containsExactly("panel.simulation.reason.secondaryFinding");

        ReviewedVariant secondary = new ReviewedVariant("TP53", "p.R248W", Pathogenicity.VUS, false,
                new Recommendation(null, null, "", TherapyRoute.NONE, null, true));
        assertThat(judge("LUAD", pathogenic("EGFR", "p.L858R"), secondary).skips()).isFalse();
    }

    @Test
    void anotherPathogenicVariantTheyWouldDiscussKeepsTheCaseAtThePanel() {
        ReviewedVariant trial = new ReviewedVariant("ERBB2", "amplification", Pathogenicity.PATHOGENIC, false,
                new Recommendation(EvidenceLevel.C, LevelSystem.JSCO_JSMO_JCA_2019, "トラスツズマブ デルクステカン",
                        TherapyRoute.OFF_LABEL, null, false));
        SkipVerdict verdict = judge("LUAD", pathogenic("EGFR", "p.L858R"), trial);
        assertThat(verdict.skips()).isFalse();
        assertThat(verdict.blocking()).singleElement().isEqualTo(new Reason("panel.simulation.reason.needsDiscussion",
                List.of("ERBB2 amplification")));

        ReviewedVariant nothingRecommended = new ReviewedVariant("TP53", "p.R273H", Pathogenicity.PATHOGENIC, false,
                new Recommendation(null, null, "", TherapyRoute.NONE, null, false));
        assertThat(judge("LUAD", pathogenic("EGFR", "p.L858R"), nothingRecommended).skips()).isTrue();
    }

    @Test
    void haematologicalCasesAreOutsideTheProposal() {
        SkipVerdict verdict = rule.judge(new CaseFacts("LUAD", false, List.of(pathogenic("EGFR", "p.L858R"))));
        assertThat(verdict.skips()).isFalse();
        assertThat(verdict.blocking()).extracting(Reason::key).containsExactly("panel.simulation.reason.notSolid");
    }

    private SkipVerdict judge(String cancerType, ReviewedVariant... variants) {
        return rule.judge(new CaseFacts(cancerType, true, List.of(variants)));
    }

    private static ReviewedVariant pathogenic(String gene, String alteration) {
        return new ReviewedVariant(gene, alteration, Pathogenicity.PATHOGENIC, false, null);
    }
}
