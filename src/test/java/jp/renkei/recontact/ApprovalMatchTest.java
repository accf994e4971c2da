package jp.renkei.recontact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jp.renkei.expertpanel.ConcludedVariant;
import jp.renkei.shared.HospitalId;

/** Which past variants a new approval concerns. */
class ApprovalMatchTest {

    private static final Instant CONCLUDED = Instant.parse("2026-10-01T01:00:00Z");

    @Test
    void theSameAlterationWithOrWithoutItsProteinPrefix() {
        assertThat(ApprovalMatch.matches(approval("KRAS", "G12C", "*"), variant("KRAS", "p.G12C", "LUAD", true)))
                .isTrue();
        assertThat(ApprovalMatch.matches(approval("KRAS", "p.G12C", "*"), variant("kras", "p.G12D", "LUAD", true)))
                .as("another alteration").isFalse();
    }

    @Test
    void aVariantClassMatchesEveryAlterationOfThatClass() {
        assertThat(ApprovalMatch.matches(approval("FGFR2", "fusion", "*"),
                variant("FGFR2", "FGFR2-BICC1 fusion", "IHCH", true))).isTrue();
        assertThat(ApprovalMatch.matches(approval("ERBB2", "amplification", "*"),
                variant("ERBB2", "p.S310F", "STAD", true))).isFalse();
        assertThat(ApprovalMatch.matches(approval("NTRK1", "*", "*"), variant("NTRK1", "p.G595R", "PRAD", true)))
                .as("any alteration").isTrue();
    }

    @Test
    void onlyTheApprovedCancerTypeAPathogenicVariantAndACaseConcludedBeforeTheApproval() {
        assertThat(ApprovalMatch.matches(approval("BRAF", "V600E", "COAD"), variant("BRAF", "p.V600E", "LUAD", true)))
                .isFalse();
        assertThat(ApprovalMatch.matches(approval("BRAF", "V600E", "COAD"), variant("BRAF", "p.V600E", "COAD", false)))
                .as("a VUS is not acted on").isFalse();
        TherapyApproval before = new TherapyApproval(1, "BRAF", "V600E", "*", "薬", LocalDate.of(2026, 10, 1), "出典",
                "中原 徹", CONCLUDED);
        assertThat(ApprovalMatch.matches(before, variant("BRAF", "p.V600E", "COAD", true)))
                .as("concluded on the approval day (10:00 JST): the panel knew").isFalse();
    }

    private static TherapyApproval approval(String gene, String alteration, String cancerType) {
        return new TherapyApproval(1, gene, alteration, cancerType, "薬", LocalDate.of(2026, 11, 30), "出典", "中原 徹",
                CONCLUDED);
    }

    private static ConcludedVariant variant(String gene, String alteration, String cancerType, boolean pathogenic) {
        return new ConcludedVariant(7, 17L, HospitalId.of(5), HospitalId.of(1), cancerType, gene, alteration,
                pathogenic, CONCLUDED);
    }
}
