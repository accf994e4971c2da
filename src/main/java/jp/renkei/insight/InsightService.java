package jp.renkei.insight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.identity.CurrentUser;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.tenant.HospitalContext;
import jp.renkei.shared.workflow.Refused;
import jp.renkei.tenancy.HospitalDirectory;
import jp.renkei.tenancy.HospitalSummary;

/**
 * The figures of a period: a hospital's staff see the journeys their hospital took part in (as referrer, tester or
 * panel); the network admin sees the whole network and each hospital, with cells of fewer than five patients
 * suppressed. A stage counts in the period its end falls in; treatment access counts reports issued in it.
 */
@Service
public class InsightService {

    private static final String COLUMNS = """
            referring_hospital_id, testing_hospital_id, panel_hospital_id, referred_on, test_ordered_on, specimen_shipped_on,
            lab_result_on, ccat_report_on, panel_on, reported_on, explained_on, standard_treatment,
            therapy_recommended, therapy_given""";

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final HospitalContext hospitalContext;
    private final HospitalDirectory hospitals;
    private final Clock clock;

    InsightService(JdbcTemplate jdbc, CurrentUser currentUser, HospitalContext hospitalContext,
            HospitalDirectory hospitals, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.hospitalContext = hospitalContext;
        this.hospitals = hospitals;
        this.clock = clock;
    }

    /** Today in Tokyo, for a page choosing its default period. */
    @PreAuthorize("isAuthenticated()")
    public LocalDate today() {
        return LocalDate.now(clock.withZone(JapanTime.ZONE));
    }

    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'HOSPITAL_ADMIN', 'LIAISON_CLINICIAN', 'NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public InsightFigures figures(LocalDate from, LocalDate to) {
        if (from == null || to == null || from.isAfter(to)) {
            throw new Refused("insight.error.period", "period " + from + " to " + to);
        }
        if (currentUser.require().has(Role.NETWORK_ADMIN)) {
            List<Journey> all = jdbc.query("SELECT " + COLUMNS + " FROM insight_fact", InsightService::journey);
            return network(all, from, to);
        }
        HospitalId hospital = hospitalContext.require();
        List<Journey> own = jdbc.query("SELECT " + COLUMNS + " FROM insight_fact WHERE referring_hospital_id = ?"
                + " OR testing_hospital_id = ? OR panel_hospital_id = ?", InsightService::journey, hospital.value(),
                hospital.value(), hospital.value());
        return new InsightFigures(hospitals.get(hospital), from, to, stages(own, from, to, false),
                accessByTiming(own, from, to, false), access(own, from, to, false), monthly(own, from, to, false), List.of(), List.of());
    }

    private InsightFigures network(List<Journey> all, LocalDate from, LocalDate to) {
        Map<HospitalId, List<Journey>> byTester = group(all, Journey::testingHospital);
        Map<HospitalId, List<Journey>> byReferrer = group(all, Journey::referringHospital);
        Map<HospitalId, HospitalSummary> names = names(all);
        List<InsightFigures.HospitalTurnaround> turnaround = byTester.entrySet().stream()
                .map(e -> new InsightFigures.HospitalTurnaround(names.get(e.getKey()),
                        stages(e.getValue(), from, to, true)))
                .toList();
        List<InsightFigures.HospitalAccess> access = byReferrer.entrySet().stream()
                .map(e -> new InsightFigures.HospitalAccess(names.get(e.getKey()), access(e.getValue(), from, to, true)))
                .toList();
        return new InsightFigures(null, from, to, stages(all, from, to, true), accessByTiming(all, from, to, true),
                access(all, from, to, true), monthly(all, from, to, true), turnaround, access);
    }

    private static Map<Stage, Distribution> stages(List<Journey> journeys, LocalDate from, LocalDate to,
            boolean suppress) {
        Map<Stage, Distribution> stages = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            List<Long> days = journeys.stream().filter(j -> within(stage.end(j), from, to)).map(stage::days)
                    .filter(Objects::nonNull).toList();
            stages.put(stage, Distribution.of(days, suppress));
        }
        return stages;
    }

    private static Map<TestingTiming, TreatmentAccess> accessByTiming(List<Journey> journeys, LocalDate from,
            LocalDate to, boolean suppress) {
        Map<TestingTiming, TreatmentAccess> access = new EnumMap<>(TestingTiming.class);
        Map<TestingTiming, List<Journey>> byTiming = journeys.stream()
                .collect(Collectors.groupingBy(j -> TestingTiming.of(j.standardTreatment())));
        for (TestingTiming timing : TestingTiming.values()) {
            access.put(timing, access(byTiming.getOrDefault(timing, List.of()), from, to, suppress));
        }
        return access;
    }

    private static TreatmentAccess access(List<Journey> journeys, LocalDate from, LocalDate to, boolean suppress) {
        List<Journey> reported = journeys.stream()
                .filter(j -> j.therapyRecommended() != null && within(j.reportedOn(), from, to)).toList();
        int recommended = (int) reported.stream().filter(Journey::therapyRecommended).count();
        int given = (int) reported.stream().filter(j -> Boolean.TRUE.equals(j.therapyGiven())).count();
        return TreatmentAccess.of(reported.size(), recommended, given, suppress);
    }

    private static List<InsightFigures.MonthlyTurnaround> monthly(List<Journey> journeys, LocalDate from,
            LocalDate to, boolean suppress) {
        List<InsightFigures.MonthlyTurnaround> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            LocalDate first = max(month.atDay(1), from);
            LocalDate last = min(month.atEndOfMonth(), to);
            List<Long> days = journeys.stream()
                    .filter(j -> within(Stage.ORDER_TO_EXPLANATION.end(j), first, last))
                    .map(Stage.ORDER_TO_EXPLANATION::days).filter(Objects::nonNull).toList();
            months.add(new InsightFigures.MonthlyTurnaround(month, Distribution.of(days, suppress)));
        }
        return months;
    }

    private static Map<HospitalId, List<Journey>> group(List<Journey> journeys,
            Function<Journey, HospitalId> hospital) {
        return journeys.stream().sorted(Comparator.comparingLong(j -> hospital.apply(j).value()))
                .collect(Collectors.groupingBy(hospital, LinkedHashMap::new, Collectors.toList()));
    }

    private Map<HospitalId, HospitalSummary> names(Collection<Journey> journeys) {
        List<HospitalId> ids = journeys.stream().flatMap(j -> Stream.of(j.referringHospital(),
                j.testingHospital())).distinct().toList();
        return hospitals.getAll(ids).stream().collect(Collectors.toMap(HospitalSummary::id, h -> h));
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Journey journey(ResultSet rs, int row) throws SQLException {
        HospitalId referring = HospitalId.of(rs.getLong("referring_hospital_id"));
        long testing = rs.getLong("testing_hospital_id");
        long panel = rs.getLong("panel_hospital_id");
        // an own-patient case is tested where its panel sits; a journey known only from its referral, at the referrer
        HospitalId tester = testing > 0 ? HospitalId.of(testing) : panel > 0 ? HospitalId.of(panel) : referring;
        return new Journey(referring, tester, rs.getObject("referred_on", LocalDate.class),
                rs.getObject("test_ordered_on", LocalDate.class),
                rs.getObject("specimen_shipped_on", LocalDate.class), rs.getObject("lab_result_on", LocalDate.class),
                rs.getObject("ccat_report_on", LocalDate.class), rs.getObject("panel_on", LocalDate.class),
                rs.getObject("reported_on", LocalDate.class), rs.getObject("explained_on", LocalDate.class),
                rs.getString("standard_treatment"), rs.getObject("therapy_recommended", Boolean.class),
                rs.getObject("therapy_given", Boolean.class));
    }
}
