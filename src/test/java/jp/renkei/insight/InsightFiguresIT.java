package jp.renkei.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.ccat.CcatMilestoneReached;
import jp.renkei.ccat.CcatTreatmentRecorded;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.expertpanel.ReferredCases;
import jp.renkei.referral.ReferralService;
import jp.renkei.referral.StandardTreatmentStatus;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.workflow.Refused;

/**
 * The figures on the real database, computed from the workflows' events: 相模野's patients tested at 東都 in the spring
 * of 2033 (a year the demo history does not reach), a few of 加賀野's, and what each reader sees of them.
 */
@RenkeiIntegrationTest
class InsightFiguresIT {

    private static final HospitalId TOTO = HospitalId.of(1);
    private static final HospitalId SAGAMINO = HospitalId.of(5);
    private static final HospitalId KAGANO = HospitalId.of(11);
    private static final LocalDate FROM = LocalDate.of(2033, 1, 1);
    private static final LocalDate TO = LocalDate.of(2033, 6, 30);
    private static boolean published;

    @Autowired
    InsightService insight;
    @Autowired
    ReferralFactsListener referralFacts;
    @Autowired
    PanelFactsListener panelFacts;
    @Autowired
    CcatFactsListener ccatFacts;
    @Autowired
    ReferralService referrals;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;

    @BeforeEach
    void spring2033() {
        clock.setTokyo("2033-07-01T10:00");
        if (published) {
            return;
        }
        JourneyEvents journeys = new JourneyEvents(referralFacts, panelFacts, jdbc);
        // six of 相模野's patients at 東都: 40, 44, 48, 52, 56, 60 days to the panel, explained 5 days after the report
        for (int i = 0; i < 6; i++) {
            StandardTreatmentStatus status = i < 4 ? StandardTreatmentStatus.ENDED : StandardTreatmentStatus.NOT_STARTED;
            journeys.journey(9_100_001L + i, SAGAMINO, TOTO, LocalDate.of(2033, 2, 1).plusDays(i), 40 + 4 * i, 5,
                    status, i % 2 == 0);
        }
        // three of 加賀野's: too few to show the network
        for (int i = 0; i < 3; i++) {
            journeys.journey(9_100_101L + i, KAGANO, TOTO, LocalDate.of(2033, 3, 1).plusDays(i), 45, 4,
                    StandardTreatmentStatus.ENDED, true);
        }
        published = true;
    }

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void theTestingHospitalSeesEveryStageFromTheEvents() {
        signIn.as("coordinator");
        InsightFigures figures = insight.figures(FROM, TO);

        assertThat(figures.network()).isFalse();
        assertThat(figures.hospital().id()).isEqualTo(TOTO);
        Distribution whole = figures.stages().get(Stage.REFERRAL_TO_EXPLANATION);
        // to the panel 40…60 (and 45 ×3) + 2 to the report + 5 (or 4) to the explanation
        assertThat(whole.patients()).isEqualTo(9);
        assertThat(whole.median()).isEqualTo(51.0);
        assertThat(whole.max()).isEqualTo(67.0);
        Distribution panelToExplanation = figures.stages().get(Stage.PANEL_TO_EXPLANATION);
        assertThat(panelToExplanation.median()).isEqualTo(7.0);
        assertThat(panelToExplanation.p90()).isEqualTo(7.0);
        assertThat(figures.stages().get(Stage.SPECIMEN_TO_LAB_RESULT).patients()).as("C-CAT steps not yet known")
                .isZero();
        TreatmentAccess after = figures.accessByTiming().get(TestingTiming.AT_OR_AFTER_END_OF_STANDARD);
        assertThat(after.cases()).isEqualTo(7);
        assertThat(after.recommended()).as("相模野 #0, #2 and 加賀野's three").isEqualTo(5);
        assertThat(figures.accessByTiming().get(TestingTiming.BEFORE_END_OF_STANDARD).cases()).isEqualTo(2);
        assertThat(figures.access().given()).as("nobody recorded a treatment yet").isZero();
        assertThat(figures.turnaroundByHospital()).as("per hospital is the network's view").isEmpty();
    }

    @Test
    void aHospitalSeesOnlyJourneysItTookPartIn() {
        signIn.as("liaison");
        InsightFigures sagamino = insight.figures(FROM, TO);
        assertThat(sagamino.stages().get(Stage.REFERRAL_TO_EXPLANATION).patients()).as("its own six, not 加賀野's")
                .isEqualTo(6);

        signIn.as("liaison2");
        InsightFigures boso = insight.figures(FROM, TO);
        assertThat(boso.hospital().nameJa()).isEqualTo("房総みらい病院");
        assertThat(boso.stages().values()).allSatisfy(d -> assertThat(d.patients()).isZero());
        assertThat(boso.access().cases()).isZero();
    }

    @Test
    void theNetworkSeesEachHospitalWithoutPatientsAndSmallCellsSuppressed() {
        signIn.as("network-admin");
        InsightFigures network = insight.figures(FROM, TO);

        assertThat(network.network()).isTrue();
        assertThat(network.stages().get(Stage.REFERRAL_TO_EXPLANATION).patients()).isEqualTo(9);
        assertThat(network.accessByHospital()).anySatisfy(h -> {
            assertThat(h.hospital().id()).isEqualTo(SAGAMINO);
            assertThat(h.access().cases()).isEqualTo(6);
            assertThat(h.access().recommendedPercent()).isEqualTo(50.0);
        });
        assertThat(network.accessByHospital()).anySatisfy(h -> {
            assertThat(h.hospital().id()).isEqualTo(KAGANO);
            assertThat(h.access().suppressed()).isTrue();
            assertThat(h.access().cases()).isZero();
            assertThat(h.access().recommendedPercent()).isNull();
        });
        assertThat(network.accessByTiming().get(TestingTiming.BEFORE_END_OF_STANDARD).suppressed())
                .as("two patients tested before the end of standard treatment").isTrue();
        assertThat(network.turnaroundByHospital()).anySatisfy(h -> {
            assertThat(h.hospital().id()).isEqualTo(TOTO);
            assertThat(h.stages().get(Stage.REFERRAL_TO_EXPLANATION).patients()).isEqualTo(9);
        });
        assertThat(network.toString()).as("no referral or case is named").doesNotContain("9100001", "9100005",
                "9100101");
    }

    @Test
    void aSubmittedReferralReachesTheReadModelThroughTheRegistry() {
        clock.reset();
        ReferredCases.Opened opened = ReferredCases.open(signIn, referrals, jdbc, clock, "石川 実");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("""
                SELECT COUNT(*) FROM insight_fact WHERE referral_id = ? AND referring_hospital_id = 5
                  AND testing_hospital_id = 1 AND referred_on = '2026-12-01'""", Long.class,
                opened.referral().value()) == 1);
        assertThat(jdbc.queryForMap("SELECT * FROM insight_fact WHERE referral_id = ?", opened.referral().value())
                .values()).as("the read model holds no name").noneMatch(v -> String.valueOf(v).contains("石川"));
    }

    @Test
    void cCatMilestonesFillTheStagesOnlyTheyKnowAndTheTreatmentGiven() {
        clock.setTokyo("2034-07-01T10:00");
        JourneyEvents journeys = new JourneyEvents(referralFacts, panelFacts, jdbc);
        for (int i = 0; i < 5; i++) {
            long referral = 9_200_001L + i;
            LocalDate sent = LocalDate.of(2034, 2, 1).plusDays(i);
            journeys.journey(referral, SAGAMINO, TOTO, sent, 50, 5, StandardTreatmentStatus.ONGOING, true);
            reached(referral, MilestoneStep.SPECIMEN_SHIPPED, sent.plusDays(10));
            reached(referral, MilestoneStep.LAB_RESULT_UPLOADED, sent.plusDays(10 + 14 + i));
            reached(referral, MilestoneStep.CCAT_REPORT_RECEIVED, sent.plusDays(10 + 14 + i + 7));
            reached(referral, MilestoneStep.PANEL_HELD, sent.plusDays(99));
            ccatFacts.on(new CcatTreatmentRecorded(referral, referral, TOTO, SAGAMINO, true, i < 2,
                    sent.plusDays(80), Instant.parse("2034-05-01T01:00:00Z")));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("""
                SELECT COUNT(*) FROM insight_fact WHERE referral_id BETWEEN 9200001 AND 9200005
                  AND ccat_report_on IS NOT NULL AND therapy_given IS NOT NULL AND test_id IS NOT NULL""",
                Long.class) == 5);

        signIn.as("coordinator");
        InsightFigures figures = insight.figures(LocalDate.of(2034, 1, 1), LocalDate.of(2034, 6, 30));
        assertThat(figures.stages().get(Stage.SPECIMEN_TO_LAB_RESULT).median()).isEqualTo(16.0);
        assertThat(figures.stages().get(Stage.REFERRAL_TO_SPECIMEN).median()).isEqualTo(10.0);
        assertThat(figures.stages().get(Stage.CCAT_REPORT_TO_PANEL).median()).as("the panel module's day stands")
                .isEqualTo(50.0 - 10 - 14 - 2 - 7);
        TreatmentAccess before = figures.accessByTiming().get(TestingTiming.BEFORE_END_OF_STANDARD);
        assertThat(before.cases()).isEqualTo(5);
        assertThat(before.givenPercent()).isEqualTo(40.0);
    }

    private void reached(long referral, MilestoneStep step, LocalDate day) {
        ccatFacts.on(new CcatMilestoneReached(referral, referral, TOTO, SAGAMINO, step, 0, day,
                Instant.parse("2034-05-01T01:00:00Z")));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedAndOthersMayNotLook() {
        signIn.as("network-admin");
        assertThatThrownBy(() -> insight.figures(TO, FROM)).isInstanceOfSatisfying(Refused.class,
                e -> assertThat(e.messageKey()).isEqualTo("insight.error.period"));
        signIn.as("counselor");
        assertThatThrownBy(() -> insight.figures(FROM, TO)).isInstanceOf(AccessDeniedException.class);
    }
}
