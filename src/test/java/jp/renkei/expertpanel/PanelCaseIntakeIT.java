package jp.renkei.expertpanel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.referral.ClinicalDetails;
import jp.renkei.referral.PatientParticulars;
import jp.renkei.referral.ReferralAccepted;
import jp.renkei.referral.ReferralContent;
import jp.renkei.referral.ReferralDetails;
import jp.renkei.referral.ReferralService;
import jp.renkei.referral.Sex;
import jp.renkei.referral.Specimen;
import jp.renkei.referral.SpecimenType;
import jp.renkei.referral.StandardTreatmentStatus;
import jp.renkei.shared.JapanTime;
import jp.renkei.referral.ReferralId;
import jp.renkei.referral.RequestedService;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.workflow.Actor;

/**
 * Cases from accepted referrals, on the real database: 相模野 (5) refers to 東都 (1), whose demo panel has one
 * upcoming meeting. The event goes through Spring Modulith's registry after commit, as the referral module sends it.
 */
@RenkeiIntegrationTest
class PanelCaseIntakeIT {

    private static final HospitalId SAGAMINO = HospitalId.of(5);
    private static final HospitalId TOTO = HospitalId.of(1);

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    PanelCaseIntake intake;
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
    void anAcceptedReferralAskingForAPanelOpensOneCaseAtTheNextMeetingSeenByBothHospitals() throws Exception {
        ReferralAccepted accepted = accepted(Set.of(RequestedService.CGP_TEST, RequestedService.EXPERT_PANEL));
        long referral = accepted.referral().value();
        // other tests in this context fill the demo panel's meetings too: this one is about where a case goes
        // when the upcoming meeting has room (PanelAssignmentIT covers full meetings)
        jdbc.update("update panel_meeting set case_capacity = 200 where panel_id = 1 and starts_at > ?",
                java.sql.Timestamp.from(clock.instant()));

        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(accepted));
        await().atMost(Duration.ofSeconds(20)).until(() -> casesFor(referral) == 1);

        // redelivered after a crash, and twice at once: still one case
        intake.on(accepted);
        CompletableFuture.allOf(CompletableFuture.runAsync(() -> intake.on(accepted)),
                CompletableFuture.runAsync(() -> intake.on(accepted))).get();
        assertThat(casesFor(referral)).isEqualTo(1);

        signIn.as("coordinator");
        PanelCaseSummary atToto = panels.cases(0, 500).stream()
                .filter(c -> Long.valueOf(referral).equals(c.referralId())).findFirst()
                .orElseThrow();
        assertThat(atToto.panelId()).isEqualTo(1L);
        PanelSummary demo = panels.list().stream().filter(p -> p.id() == 1L).findFirst().orElseThrow();
        assertThat(atToto.meetingStartsAt()).as("the demo panel's upcoming meeting").isEqualTo(demo.nextMeeting())
                .isAfter(clock.instant());
        assertThat(atToto.cancerTypeCode()).isEqualTo("LUAD");
        assertThat(panels.get(1L).cases()).extracting(PanelCaseSummary::referralId).contains(referral);

        signIn.as("liaison");
        assertThat(panels.cases(0, 500)).as("the referring hospital sees the case, its panel and meeting")
                .filteredOn(c -> Long.valueOf(referral).equals(c.referralId())).singleElement()
                .satisfies(c -> assertThat(c.meetingStartsAt()).isEqualTo(atToto.meetingStartsAt()));
        signIn.as("liaison2");
        assertThat(panels.cases(0, 500)).extracting(PanelCaseSummary::referralId).doesNotContain(referral);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PANEL_CASE_OPENED' "
                + "and hospital_id = 1 and detail like ?", Long.class, "%" + accepted.referral().display() + "%"))
                .isEqualTo(1);
    }

    @Test
    void acceptingAReferralInTheReferralWorkflowOpensTheCase() {
        signIn.as("liaison");
        var content = new ReferralContent(
                new PatientParticulars("EP-" + System.nanoTime() % 1_000_000, "試験 花子", "シケン ハナコ",
                        LocalDate.of(1970, 5, 1), Sex.FEMALE),
                new ClinicalDetails("PAAD", "IV", 2, StandardTreatmentStatus.ENDED, 1, "膵癌、二次治療後に増悪。"),
                new Specimen(SpecimenType.FFPE_TISSUE, LocalDate.now(clock.withZone(JapanTime.ZONE)).minusMonths(6),
                        "10%中性緩衝ホルマリン", 40, true),
                List.of(), Set.of(RequestedService.CGP_TEST, RequestedService.EXPERT_PANEL));
        ReferralDetails draft = referrals.saveDraft(null, null, TOTO, content);
        ReferralDetails sent = referrals.submit(draft.id(), referrals.get(draft.id()).version(), null);
        signIn.as("coordinator");
        referrals.accept(sent.id(), sent.version(), "受け入れます");

        await().atMost(Duration.ofSeconds(20)).until(() -> casesFor(sent.id().value()) == 1);
        assertThat(panels.cases(0, 500))
                .filteredOn(c -> Long.valueOf(sent.id().value()).equals(c.referralId())).singleElement()
                .satisfies(c -> {
                    assertThat(c.referringHospital()).isEqualTo(SAGAMINO);
                    assertThat(c.cancerTypeCode()).isEqualTo("PAAD");
                    assertThat(c.panelName()).contains("固形がん");
                });
    }

    @Test
    void aReferralThatDidNotAskForAPanelOpensNoCase() {
        ReferralAccepted accepted = accepted(Set.of(RequestedService.CGP_TEST));
        intake.on(accepted);
        assertThat(casesFor(accepted.referral().value())).isZero();
    }

    private ReferralAccepted accepted(Set<RequestedService> services) {
        long referral = 800_000 + System.nanoTime() % 100_000;
        return new ReferralAccepted(new ReferralId(referral), SAGAMINO, TOTO,
                new Actor(jp.renkei.shared.UserId.of(3), "森川 千夏", TOTO), clock.instant(), services, "LUAD");
    }

    private long casesFor(long referral) {
        return jdbc.queryForObject("select count(*) from panel_case where referral_id = ?", Long.class, referral);
    }
}
