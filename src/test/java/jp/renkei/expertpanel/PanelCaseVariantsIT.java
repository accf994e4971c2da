package jp.renkei.expertpanel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.expertpanel.review.EvidenceLevel;
import jp.renkei.expertpanel.review.Pathogenicity;
import jp.renkei.expertpanel.review.TherapyRoute;
import jp.renkei.expertpanel.review.VariantEntry;
import jp.renkei.expertpanel.review.VariantsRejected;
import jp.renkei.referral.ClinicalDetails;
import jp.renkei.referral.PatientParticulars;
import jp.renkei.referral.ReferralContent;
import jp.renkei.referral.ReferralDetails;
import jp.renkei.referral.ReferralService;
import jp.renkei.referral.RequestedService;
import jp.renkei.referral.Sex;
import jp.renkei.referral.Specimen;
import jp.renkei.referral.SpecimenType;
import jp.renkei.referral.StandardTreatmentStatus;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;

/**
 * The case workspace on the real database: a referral from 相模野 (liaison) accepted by 東都 (coordinator) opens
 * the case; 東都 enters variants, 相模野 reads them, 房総みらい (liaison2) sees nothing.
 */
@RenkeiIntegrationTest
class PanelCaseVariantsIT {

    @Autowired
    PanelCaseService workspace;
    @Autowired
    PanelService panels;
    @Autowired
    ReferralService referrals;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void csvImportIsAllOrNothingAndNamesTheBadRowAndColumn() {
        long caseId = openCase();
        signIn.as("coordinator");
        String csv = "gene,alteration,vaf,pathogenicity,germline_suspected\n"
                + "KRAS,p.G12D,35.2,pathogenic,false\n"
                + "TP53,p.R175H,forty,pathogenic,false\n";

        assertThatThrownBy(() -> workspace.importVariants(caseId, csv)).isInstanceOfSatisfying(VariantsRejected.class,
                e -> {
                    assertThat(e.messageKey()).isEqualTo("panel.variants.csv.vaf");
                    assertThat(e.arguments()).containsExactly("3", "vaf");
                });
        assertThat(variantRows(caseId)).as("the good first row was not written either").isZero();

        assertThat(workspace.importVariants(caseId, csv.replace("forty", "40"))).isEqualTo(2);
        PanelCaseWorkspace page = workspace.get(caseId);
        assertThat(page.variants()).extracting(VariantDetails::gene, VariantDetails::vafPercent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KRAS", new BigDecimal("35.20")),
                        org.assertj.core.groups.Tuple.tuple("TP53", new BigDecimal("40.00")));
        assertThat(page.editable()).isTrue();
        assertThat(page.summary().cancerTypeCode()).isEqualTo("PAAD");
        assertThat(page.summary().caseNumber()).isNotBlank();
    }

    @Test
    void theReferringHospitalReadsAndAnotherLiaisonHospitalSeesNothing() {
        long caseId = openCase();
        signIn.as("coordinator");
        workspace.addVariant(caseId, new VariantEntry("KRAS", "p.G12C", new BigDecimal("22.5"),
                Pathogenicity.PATHOGENIC, false));
        long variantId = workspace.get(caseId).variants().getFirst().id();
        workspace.recommend(caseId, variantId, EvidenceLevel.B, "ソトラシブ", TherapyRoute.CLINICAL_TRIAL,
                "jRCT2031230000", false);

        signIn.as("liaison");
        PanelCaseWorkspace seen = workspace.get(caseId);
        assertThat(seen.editable()).isFalse();
        assertThat(seen.variants()).singleElement().satisfies(v -> {
            assertThat(v.recommendation().level()).isEqualTo(EvidenceLevel.B);
            assertThat(v.recommendation().trialId()).isEqualTo("jRCT2031230000");
        });
        // the test clock stands in December 2026, under the 2025-07-07 rule set
        assertThat(seen.simplifiedReview().allowed()).isTrue();
        assertThat(seen.simplifiedReview().reasons().getFirst().key()).isEqualTo("panel.variants.simplified.everyCase");
        assertThatThrownBy(() -> workspace.importVariants(caseId, "x")).as("the referring hospital only reads")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        signIn.as("liaison2");
        assertThatThrownBy(() -> workspace.get(caseId)).isInstanceOf(PanelCaseNotFound.class);
        assertThat(jdbc.queryForObject("select count(*) from panel_case_variant where id = ?", Long.class, variantId))
                .as("the variant exists; liaison2 is simply not party to it").isOne();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'PANEL_CASE_VIEWED' and subject = ?", Long.class,
                "panel_case:" + caseId)).as("each read audited: the coordinator's and the liaison's").isEqualTo(2));
    }

    @Test
    void beforeTheSeventhOfJuly2025TheAgreedListDecides() {
        long caseId = openCase();
        signIn.as("coordinator");
        workspace.addVariant(caseId, new VariantEntry("KRAS", "p.G12C", null, Pathogenicity.PATHOGENIC, false));
        long variantId = workspace.get(caseId).variants().getFirst().id();
        workspace.recommend(caseId, variantId, EvidenceLevel.B, "ソトラシブ", TherapyRoute.OFF_LABEL, null, false);

        clock.set(LocalDate.of(2025, 5, 1).atTime(10, 0).atZone(JapanTime.ZONE).toInstant());
        var fromVersion2 = workspace.get(caseId).simplifiedReview();
        assertThat(fromVersion2.allowed()).as("on the seeded list from version 2 (2025-04-01)").isTrue();
        assertThat(fromVersion2.reasons().getFirst().arguments()).containsExactly("KRAS p.G12C", "ソトラシブ", "2");

        clock.set(LocalDate.of(2025, 3, 1).atTime(10, 0).atZone(JapanTime.ZONE).toInstant());
        assertThat(workspace.get(caseId).simplifiedReview().allowed()).as("version 1 lacks the pair").isFalse();
    }

    private long openCase() {
        signIn.as("liaison");
        var content = new ReferralContent(
                new PatientParticulars("EV-" + System.nanoTime() % 1_000_000, "試験 花子", "シケン ハナコ",
                        LocalDate.of(1970, 5, 1), Sex.FEMALE),
                new ClinicalDetails("PAAD", "IV", 2, StandardTreatmentStatus.ENDED, 1, "膵癌、二次治療後に増悪。"),
                new Specimen(SpecimenType.FFPE_TISSUE, LocalDate.now(clock.withZone(JapanTime.ZONE)).minusMonths(6),
                        "10%中性緩衝ホルマリン", 40, true),
                List.of(), Set.of(RequestedService.CGP_TEST, RequestedService.EXPERT_PANEL));
        ReferralDetails draft = referrals.saveDraft(null, null, HospitalId.of(1), content);
        ReferralDetails sent = referrals.submit(draft.id(), referrals.get(draft.id()).version(), null);
        signIn.as("coordinator");
        referrals.accept(sent.id(), sent.version(), "受け入れます");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from panel_case where referral_id = ?", Long.class, sent.id().value()) == 1);
        signIn.out();
        return jdbc.queryForObject("select id from panel_case where referral_id = ?", Long.class, sent.id().value());
    }

    private long variantRows(long caseId) {
        return jdbc.queryForObject("select count(*) from panel_case_variant where panel_case_id = ?", Long.class,
                caseId);
    }
}
