package jp.renkei.expertpanel.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.renkei.referral.oncotree.CancerType;
import jp.renkei.referral.oncotree.CancerTypeCatalogue;

/** The shipped proposal loads, is marked as a proposal, and every entry says where it comes from. */
class SkipProposalTest {

    private final SkipProposal proposal = SkipProposal.shipped();
    private final CancerTypeTree tree = CancerTypeTree.shipped();

    @Test
    void theShippedProposalIsAProposalWithItsSourceAndTheUnconfirmedMark() {
        assertThat(proposal.status()).isEqualTo(SkipProposal.Status.PROPOSAL_NOT_IN_FORCE);
        assertThat(proposal.publishedOn()).isEqualTo(LocalDate.of(2025, 6, 11));
        assertThat(proposal.source()).contains("ブリーフィングレポート", "表2", "表1-2");
        assertThat(proposal.unconfirmed()).contains("二次的所見");
        assertThat(proposal.companionDiagnostics()).extracting(ProposalEntry::id)
                .contains("cdx.egfr.osimertinib", "cdx.ntrk.entrectinib-larotrectinib");
        assertThat(proposal.levelAList()).isNotEmpty();
    }

    @Test
    void everyEntryHasASourceAnAsOfDateAndCancerTypesOncoTreeKnows() {
        assertThat(proposal.entries()).allSatisfy(entry -> {
            assertThat(entry.source()).as(entry.id()).isNotBlank();
            assertThat(entry.asOf()).as(entry.id()).isBeforeOrEqualTo(proposal.publishedOn());
            assertThat(entry.cancerTypes()).as(entry.id()).allMatch(code -> code.equals("*") || tree.knows(code));
        });
        // the annex tables were not available: every entry must say so until checked
        assertThat(proposal.entries()).allSatisfy(entry -> assertThat(entry.unconfirmed()).as(entry.id()).isNotBlank());
        new SkipRule(proposal, tree);
    }

    @Test
    void everyCancerTypeOfTheReferralCatalogueHasItsPlaceInTheTree() {
        // a code without a parent would never match an entry for its broader type: a silent miss
        assertThat(CancerTypeCatalogue.shared().all()).extracting(CancerType::code)
                .allSatisfy(code -> assertThat(tree.knows(code)).as(code).isTrue());
        assertThat(tree.within("LUAD", "NSCLC")).isTrue();
        assertThat(tree.within("HGSOC", "OVT")).isTrue();
        assertThat(tree.within("NSCLC", "LUAD")).as("upwards only").isFalse();
        assertThat(tree.within("SCLC", "NSCLC")).isFalse();
    }

    @Test
    void anEntryWithoutASourceOrWithAnUnknownPatternIsRefused() {
        assertThatThrownBy(() -> new ProposalEntry("x", List.of("EGFR"), List.of("p.L858R"), "オシメルチニブ",
                List.of("NSCLC"), List.of(), " ", LocalDate.of(2025, 6, 11), null, null))
                .hasMessageContaining("source");
        assertThatThrownBy(() -> new ProposalEntry("x", List.of("EGFR"), List.of("L858R"), "オシメルチニブ",
                List.of("NSCLC"), List.of(), "添付文書", LocalDate.of(2025, 6, 11), null, null))
                .hasMessageContaining("L858R");
    }
}
