package jp.renkei.insight;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.renkei.referral.StandardTreatmentStatus;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.demo.DemoProfileRunner;

/**
 * Two years of the demo network's history for the figures page: journeys of the liaison hospitals' patients to their
 * partners (as in the demo partnerships) and of the four testing hospitals' own patients, dated back from today with
 * a fixed seed, so the demo reads the same on every start. Stage lengths as DOMAIN.md gives them (lab 12–27 days,
 * about six to seven weeks from order to explanation), 西海 slower, everyone a little faster as the two years go on; access to a
 * recommended therapy near the published 8.2% (tested after standard treatment) and 19.8% (before). 加賀野 refers
 * few patients, so the network admin sees its cells suppressed. These rows carry no referral, case or test id:
 * history before the portal, never updated by events. Written once (skipped when such rows exist).
 */
@Component
@Order(60)
class InsightDemoData extends DemoProfileRunner {

    /** Referring hospital, testing (and panel) hospital, journeys per 1,000 days, extra days of a slow tester. */
    private record Route(long referring, long testing, int per1000Days, int slowerBy) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route(1, 1, 140, 0), new Route(2, 2, 100, 8), new Route(3, 3, 70, 0), new Route(4, 4, 70, 3),
            new Route(5, 1, 60, 0), new Route(6, 1, 40, 0), new Route(6, 3, 30, 0), new Route(7, 3, 40, 0),
            new Route(8, 2, 50, 8), new Route(9, 4, 50, 3), new Route(10, 2, 30, 8), new Route(10, 4, 20, 3),
            new Route(11, 1, 3, 0));
    private static final int DAYS = 730;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    InsightDemoData(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected void runInDemo(ApplicationArguments args) {
        Long history = jdbc.queryForObject("SELECT COUNT(*) FROM insight_fact WHERE referral_id IS NULL"
                + " AND panel_case_id IS NULL AND test_id IS NULL", Long.class);
        if (history != null && history > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(JapanTime.ZONE));
        Random random = new Random(20261201L);
        List<Object[]> rows = new ArrayList<>();
        for (Route route : ROUTES) {
            for (int day = DAYS; day > 0; day--) {
                if (random.nextInt(1000) < route.per1000Days()) {
                    rows.add(journey(route, today.minusDays(day), DAYS - day, today, random));
                }
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO insight_fact (referring_hospital_id, testing_hospital_id, panel_hospital_id, referred_on,
                  test_ordered_on, specimen_shipped_on, lab_result_on, ccat_report_on, panel_on, reported_on,
                  explained_on, standard_treatment, therapy_recommended, therapy_given, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private Object[] journey(Route route, LocalDate start, int dayOfHistory, LocalDate today, Random random) {
        boolean own = route.referring() == route.testing();
        // a little faster every month: the line chart should show the network learning
        int learning = dayOfHistory / 90;
        LocalDate ordered = start.plusDays(own ? 0 : 3 + random.nextInt(10));
        LocalDate shipped = ordered.plusDays(1 + random.nextInt(8));
        LocalDate lab = shipped.plusDays(12 + random.nextInt(16));
        LocalDate ccat = lab.plusDays(4 + random.nextInt(7) + route.slowerBy() / 2);
        LocalDate panel = ccat.plusDays(Math.max(2, 4 + random.nextInt(7) + route.slowerBy() - learning / 2));
        LocalDate reported = panel.plusDays(1 + random.nextInt(4));
        LocalDate explained = reported.plusDays(Math.max(2, 4 + random.nextInt(10) - learning / 2));
        StandardTreatmentStatus status = status(random, dayOfHistory);
        boolean before = status == StandardTreatmentStatus.NOT_STARTED || status == StandardTreatmentStatus.ONGOING;
        boolean recommended = random.nextInt(100) < 45;
        // P(given | recommended) so that given / all ≈ 8.2% after and 19.8% before standard treatment
        boolean given = recommended && random.nextDouble() < (before ? 0.198 : 0.082) / 0.45;
        boolean isReported = !reported.isAfter(today);
        return new Object[] { route.referring(), route.testing(), route.testing(), own ? null : date(start, today),
                date(ordered, today), date(shipped, today), date(lab, today), date(ccat, today), date(panel, today),
                date(reported, today), date(explained, today), status.name(), isReported ? recommended : null,
                isReported && !explained.isAfter(today) ? given : null, Timestamp.from(clock.instant()) };
    }

    /** Mostly at or after the end of standard treatment (the insurance rule); pre-treatment testing grows in 2026. */
    private static StandardTreatmentStatus status(Random random, int dayOfHistory) {
        int roll = random.nextInt(100);
        int before = dayOfHistory > 365 ? 22 : 10;
        if (roll < before) {
            return roll % 2 == 0 ? StandardTreatmentStatus.NOT_STARTED : StandardTreatmentStatus.ONGOING;
        }
        return roll < 60 ? StandardTreatmentStatus.ENDED
                : roll < 90 ? StandardTreatmentStatus.EXPECTED_TO_END : StandardTreatmentStatus.NO_STANDARD_TREATMENT;
    }

    private static Date date(LocalDate day, LocalDate today) {
        return day.isAfter(today) ? null : Date.valueOf(day);
    }
}
