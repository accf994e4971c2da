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
import org.springframework.security.access.AccessDeniedException;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.expertpanel.review.Pathogenicity;
import jp.renkei.expertpanel.review.TherapyRoute;
import jp.renkei.expertpanel.review.VariantEntry;
import jp.renkei.expertpanel.simulation.Saving;
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
import jp.renkei.shared.workflow.Refused;

/**
 * The estimate on the real database. Every case here is accepted in February 2031, a month no other test uses, so
 * the period holds exactly these cases: 東都's four (two would skip) and 青葉台's two (one referred by 東都), which
 * 東都 never counts.
 */
@RenkeiIntegrationTest
class PolicySimulationIT {

    private static final LocalDate FEB_1 = LocalDate.of(2031, 2, 1);
    private static final LocalDate FEB_28 = LocalDate.of(2031, 2, 28);

    @Autowired
    PolicySimulationService simulation;
    @Autowired
    PanelCaseService workspace;
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
    void countsTheHospitalsSkippableCasesAndTheDaysTheyWouldHaveSaved() {
        clock.setTokyo("2031-02-03T10:00");
        long concluded = openCase("LUAD", "liaison", 1, "coordinator");
        long nothingListed = openCase("PAAD", "liaison", 1, "coordinator");
        long germline = openCase("HGSOC", "liaison", 1, "coordinator");
        long open = openCase("LUAD", "liaison", 1, "coordinator");
        long atAoba = openCase("LUAD", "liaison2", 3, "aoba-coordinator");

        clock.setTokyo("2031-02-10T15:00");
        signIn.as("coordinator");
        workspace.addVariant(concluded, variant("EGFR", "p.L858R", false));
        workspace.addVariant(nothingListed, variant("KRAS", "p.G12D", false));
        workspace.recommend(nothingListed, workspace.get(nothingListed).variants().getFirst().id(), null, "",
                TherapyRoute.NONE, null, false);
        workspace.addVariant(germline, variant("BRCA2", "p.S1982fs", true));
        clock.setTokyo("2031-02-12T09:00");
        workspace.addVariant(open, variant("EGFR", "exon 19 deletion", false));
        signIn.as("aoba-coordinator");
        workspace.addVariant(atAoba, variant("EGFR", "p.L858R", false));
        jdbc.update("update panel_case set status = 'CONCLUDED', concluded_at = ? where id = ?",
                LocalDate.of(2031, 2, 24).atTime(18, 0).atZone(JapanTime.ZONE).toInstant(), concluded);
        jdbc.update("update panel_case set meeting_id = null, meeting_starts_at = null where id = ?", open);

        long referredByToto = referredByTotoToAoba();

        clock.setTokyo("2031-03-10T10:00");
        signIn.as("coordinator");
        PolicySimulation toto = simulation.simulate(FEB_1, FEB_28);

        assertThat(toto.cases()).extracting(SimulatedCase::caseId)
                .containsExactlyInAnyOrder(concluded, nothingListed, germline, open);
        assertThat(toto.totals().wouldSkip()).isEqualTo(2);
        assertThat(toto.totals().daysSaved()).as("10 Feb to 24 Feb").isEqualTo(14);
        assertThat(toto.totals().medianDaysSaved()).isEqualTo(14.0);
        assertThat(toto.totals().openSkipping()).isOne();
        assertThat(toto.totals().openDaysSoFar()).as("12 Feb to today, 10 Mar").isEqualTo(26);
        SimulatedCase skipped = find(toto, concluded);
        assertThat(skipped.referralNumber()).startsWith("R-");
        assertThat(skipped.verdict().matches()).singleElement()
                .satisfies(m -> assertThat(m.entry().drug()).isEqualTo("オシメルチニブ"));
        assertThat(skipped.saving().answer()).isEqualTo(Saving.Answer.CONCLUDED);
        assertThat(find(toto, open).saving().answer()).isEqualTo(Saving.Answer.NOT_YET);
        assertThat(find(toto, nothingListed).verdict().blocking().getFirst().key())
                .isEqualTo("panel.simulation.reason.noListedVariant");
        assertThat(find(toto, germline).verdict().blocking()).extracting(r -> r.key())
                .containsExactly("panel.simulation.reason.secondaryFinding");

        signIn.as("aoba-coordinator");
        PolicySimulation aoba = simulation.simulate(FEB_1, FEB_28);
        assertThat(aoba.cases()).extracting(SimulatedCase::caseId).containsExactlyInAnyOrder(atAoba, referredByToto);
        assertThat(aoba.totals().wouldSkip()).isEqualTo(2);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'PANEL_SIMULATION_VIEWED' and subject = ?", Long.class,
                "panel_simulation:2031-02-01..2031-02-28")).as("each run is audited").isEqualTo(2));
    }

    @Test
    void anotherPeriodAnInvertedPeriodAndTheReferringClinician() {
        signIn.as("panelist");
        assertThat(simulation.simulate(LocalDate.of(2031, 4, 1), LocalDate.of(2031, 4, 30)).cases()).isEmpty();
        assertThatThrownBy(() -> simulation.simulate(FEB_28, FEB_1)).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).messageKey()).isEqualTo("panel.simulation.error.period");

        signIn.as("liaison");
        assertThatThrownBy(() -> simulation.simulate(FEB_1, FEB_28)).isInstanceOf(AccessDeniedException.class);
    }

    /**
     * A case 東都 referred to 青葉台's panel, with a skippable variant: 東都 may read it (the tenant filter lets the
     * referring side in) but it is not 東都's panel's case. Written straight into the tables: no demo partnership
     * lets 東都 refer.
     */
    private long referredByTotoToAoba() {
        long referral = 700_000 + System.nanoTime() % 100_000;
        var accepted = LocalDate.of(2031, 2, 5).atTime(10, 0).atZone(JapanTime.ZONE).toInstant();
        jdbc.update("""
                insert into panel_case (origin_hospital_id, partner_hospital_id, referral_id, cancer_type_code,
                  accepted_at, created_at) values (1, 3, ?, 'LUAD', ?, ?)""", referral, accepted, accepted);
        long caseId = jdbc.queryForObject("select id from panel_case where referral_id = ?", Long.class, referral);
        jdbc.update("""
                insert into panel_case_variant (origin_hospital_id, partner_hospital_id, panel_case_id, gene, alteration,
                  pathogenicity, germline_suspected, created_at) values (1, 3, ?, 'EGFR', 'p.L858R', 'PATHOGENIC', false, ?)
                """, caseId, accepted);
        return caseId;
    }

    private static SimulatedCase find(PolicySimulation simulation, long caseId) {
        return simulation.cases().stream().filter(c -> c.caseId() == caseId).findFirst().orElseThrow();
    }

    private static VariantEntry variant(String gene, String alteration, boolean germline) {
        return new VariantEntry(gene, alteration, new BigDecimal("30.0"), Pathogenicity.PATHOGENIC, germline);
    }

    private long openCase(String cancerType, String liaison, long partner, String coordinator) {
        signIn.as(liaison);
        var content = new ReferralContent(
                new PatientParticulars("SIM-" + System.nanoTime() % 1_000_000, "試算 太郎", "シサン タロウ",
                        LocalDate.of(1965, 3, 1), Sex.MALE),
                new ClinicalDetails(cancerType, "IV", 1, StandardTreatmentStatus.ENDED, 1, "標準治療後に増悪。"),
                new Specimen(SpecimenType.FFPE_TISSUE, LocalDate.now(clock.withZone(JapanTime.ZONE)).minusMonths(6),
                        "10%中性緩衝ホルマリン", 40, true),
                List.of(), Set.of(RequestedService.CGP_TEST, RequestedService.EXPERT_PANEL));
        ReferralDetails draft = referrals.saveDraft(null, null, HospitalId.of(partner), content);
        ReferralDetails sent = referrals.submit(draft.id(), referrals.get(draft.id()).version(), null);
        signIn.as(coordinator);
        referrals.accept(sent.id(), sent.version(), "受け入れます");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from panel_case where referral_id = ?", Long.class, sent.id().value()) == 1);
        signIn.out();
        return jdbc.queryForObject("select id from panel_case where referral_id = ?", Long.class, sent.id().value());
    }
}
