package jp.renkei.insight;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.springframework.jdbc.core.JdbcTemplate;

import jp.renkei.expertpanel.PanelCaseConcluded;
import jp.renkei.expertpanel.PanelReportIssued;
import jp.renkei.expertpanel.PanelCaseExplained;
import jp.renkei.referral.ReferralId;
import jp.renkei.referral.ReferralSubmitted;
import jp.renkei.referral.ReferralTestOrdered;
import jp.renkei.referral.StandardTreatmentStatus;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.workflow.Actor;

/**
 * Hands a patient's journey to the read model's listeners as the referral and panel workflows' events (delivered to
 * them alone, so no notice or audit line about these made-up referrals reaches other tests), and waits until the
 * read model has it. Ids far above the demo's so nothing collides.
 */
final class JourneyEvents {

    private final ReferralFactsListener referrals;
    private final PanelFactsListener panels;
    private final JdbcTemplate jdbc;

    JourneyEvents(ReferralFactsListener referrals, PanelFactsListener panels, JdbcTemplate jdbc) {
        this.referrals = referrals;
        this.panels = panels;
        this.jdbc = jdbc;
    }

    /**
     * Referral sent on {@code sent}, test ordered 7 days later, panel concluded {@code toPanel} days after sending,
     * reported 2 days after that, explained {@code explainedAfterReport} days after the report.
     */
    void journey(long referral, HospitalId referring, HospitalId tester, LocalDate sent, int toPanel,
            int explainedAfterReport, StandardTreatmentStatus status, boolean recommended) {
        Actor actor = Actor.system(tester);
        ReferralId id = new ReferralId(referral);
        long caseId = referral;
        referrals.on(new ReferralSubmitted(id, referring, tester, actor, at(sent), at(sent.plusDays(2))));
        referrals.on(new ReferralTestOrdered(id, referring, tester, actor, at(sent.plusDays(7)), "FoundationOne CDx",
                status));
        panels.on(new PanelCaseConcluded(caseId, referral, referring, tester, "ep.composition.solid.2025", "1",
                at(sent.plusDays(toPanel))));
        panels.on(new PanelReportIssued(caseId, referral, referring, tester, recommended,
                at(sent.plusDays(toPanel + 2))));
        LocalDate explained = sent.plusDays(toPanel + 2 + explainedAfterReport);
        panels.on(new PanelCaseExplained(caseId, referral, referring, tester, explained, at(explained)));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("""
                SELECT COUNT(*) FROM insight_fact WHERE referral_id = ? AND referred_on IS NOT NULL
                  AND test_ordered_on IS NOT NULL AND panel_on IS NOT NULL AND reported_on IS NOT NULL
                  AND explained_on IS NOT NULL""", Long.class, referral) == 1);
    }

    private static Instant at(LocalDate day) {
        return LocalDateTime.of(day, LocalTime.of(10, 0)).atZone(JapanTime.ZONE).toInstant();
    }
}
