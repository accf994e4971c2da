package jp.renkei.ccat;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.ccat.billing.TestPurpose;
import jp.renkei.ccat.consent.ConsentDecision;
import jp.renkei.ccat.consent.ConsentScope;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.ccat.milestone.SampleType;
import jp.renkei.shared.HospitalId;

/**
 * Reads tests with their milestones, consents and latest follow-up in a few queries, for the ledger, the billing list
 * and completeness. Plain SQL, so every query names the hospital it reads for: a test is read only by its testing or
 * its referring hospital, and lists are the testing hospital's own.
 */
@Component
public class TestRecords {

    private static final String TEST_COLUMNS = "t.id, t.partner_hospital_id, t.origin_hospital_id, t.referral_id,"
            + " t.panel_case_id, t.own_patient_id, t.own_patient_name, t.ordered_test_name, t.catalogue_test_id, t.sample_type, t.purpose, t.ordered_on";

    private final NamedParameterJdbcTemplate jdbc;

    TestRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tests {@code hospital} runs that were ordered from {@code from} to {@code to}, oldest order first. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<TestRecord> testedBy(HospitalId hospital, LocalDate from, LocalDate to) {
        return complete(jdbc.query("select " + TEST_COLUMNS + " from ccat_test t where t.partner_hospital_id = :hospital"
                + " and t.ordered_on between :from and :to order by t.ordered_on, t.id", new MapSqlParameterSource()
                        .addValue("hospital", hospital.value()).addValue("from", Date.valueOf(from))
                        .addValue("to", Date.valueOf(to)), TestRecords::test));
    }

    /** The test, if {@code viewer} is its testing or its referring hospital. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<TestRecord> find(long testId, HospitalId viewer) {
        return complete(jdbc.query("select " + TEST_COLUMNS + " from ccat_test t where t.id = :id"
                + " and (t.partner_hospital_id = :viewer or t.origin_hospital_id = :viewer)", new MapSqlParameterSource()
                        .addValue("id", testId).addValue("viewer", viewer.value()), TestRecords::test))
                .stream().findFirst();
    }

    private List<TestRecord> complete(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, Map<MilestoneStep, LocalDate>> reached = new HashMap<>();
        Map<Long, LocalDate> firstFollowUp = new HashMap<>();
        jdbc.query("select test_id, step, follow_up_number, due_on, reached_on from ccat_milestone"
                + " where test_id in (:ids)", Map.of("ids", ids), rs -> {
                    MilestoneStep step = MilestoneStep.valueOf(rs.getString("step"));
                    if (step == MilestoneStep.FOLLOW_UP) {
                        if (rs.getInt("follow_up_number") == 1) {
                            firstFollowUp.put(rs.getLong("test_id"), day(rs, "due_on"));
                        }
                    } else if (rs.getDate("reached_on") != null) {
                        reached.computeIfAbsent(rs.getLong("test_id"), id -> new EnumMap<>(MilestoneStep.class))
                                .put(step, day(rs, "reached_on"));
                    }
                });
        Map<Long, List<TestRecord.Consent>> consents = consents(ids);
        Map<Long, TestRecord.FollowUp> followUps = latestFollowUps(ids);
        return rows.stream().map(row -> new TestRecord(row.id(), row.testing(), row.referring(), row.referralId(),
                row.panelCaseId(), row.ownPatientId(), row.ownPatientName(), row.orderedTestName(), row.catalogueTestId(), row.sampleType(), row.purpose(),
                row.orderedOn(), reached.getOrDefault(row.id(), Map.of()), firstFollowUp.get(row.id()),
                consents.getOrDefault(row.id(), List.of()), followUps.get(row.id()))).toList();
    }

    private Map<Long, List<TestRecord.Consent>> consents(Collection<Long> ids) {
        Map<Long, List<TestRecord.Consent>> consents = new HashMap<>();
        jdbc.query("select test_id, scope, decision, decided_on from ccat_consent_event where test_id in (:ids)"
                + " order by recorded_at, id", Map.of("ids", ids), rs -> {
                    consents.computeIfAbsent(rs.getLong("test_id"), id -> new ArrayList<>()).add(new TestRecord.Consent(
                            ConsentScope.valueOf(rs.getString("scope")), ConsentDecision.valueOf(rs.getString("decision")),
                            day(rs, "decided_on")));
                });
        return consents;
    }

    private Map<Long, TestRecord.FollowUp> latestFollowUps(Collection<Long> ids) {
        return jdbc.query("select f.test_id, f.follow_up_number, f.recorded_on, f.recommended_therapy_proposed,"
                + " f.recommended_therapy_given, f.survival_status, f.last_known_alive_on from ccat_follow_up f"
                + " where f.test_id in (:ids) and f.follow_up_number = (select max(l.follow_up_number)"
                + " from ccat_follow_up l where l.test_id = f.test_id)", Map.of("ids", ids), (rs, n) -> Map.entry(
                        rs.getLong("test_id"), new TestRecord.FollowUp(rs.getInt("follow_up_number"),
                                day(rs, "recorded_on"), rs.getBoolean("recommended_therapy_proposed"),
                                rs.getBoolean("recommended_therapy_given"), rs.getString("survival_status"),
                                day(rs, "last_known_alive_on"))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Row test(ResultSet rs, int row) throws SQLException {
        String sampleType = rs.getString("sample_type");
        return new Row(rs.getLong("id"), HospitalId.of(rs.getLong("partner_hospital_id")),
                HospitalId.of(rs.getLong("origin_hospital_id")), rs.getObject("referral_id", Long.class),
                rs.getObject("panel_case_id", Long.class), rs.getString("own_patient_id"),
                rs.getString("own_patient_name"), rs.getString("ordered_test_name"),
                rs.getString("catalogue_test_id"), sampleType == null ? null : SampleType.valueOf(sampleType),
                TestPurpose.valueOf(rs.getString("purpose")), day(rs, "ordered_on"));
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private record Row(long id, HospitalId testing, HospitalId referring, Long referralId, Long panelCaseId,
            String ownPatientId, String ownPatientName, String orderedTestName, String catalogueTestId, SampleType sampleType, TestPurpose purpose,
            LocalDate orderedOn) {
    }
}
