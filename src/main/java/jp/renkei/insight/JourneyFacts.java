package jp.renkei.insight;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;

/**
 * Writes the read model. Each event sets its own columns of one journey in a single upsert on the journey's unique
 * key, so events of one journey arriving at once on several listener threads or nodes, or delivered twice, leave
 * one row with every fact. Plain SQL: the table is network-level and holds no patient identity, so it is not
 * tenant-filtered and needs no hospital scope; the reading service restricts it by hospital.
 */
@Component
class JourneyFacts {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JourneyFacts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Sets the facts, replacing what the journey held: the event is the source of these columns. */
    void record(JourneyKey key, HospitalId referringHospital, Map<FactColumn, Object> facts) {
        write(key, referringHospital, facts, false);
    }

    /** Sets only the facts the journey does not hold yet: another module is their first source. */
    void fillIn(JourneyKey key, HospitalId referringHospital, Map<FactColumn, Object> facts) {
        write(key, referringHospital, facts, true);
    }

    private void write(JourneyKey key, HospitalId referringHospital, Map<FactColumn, Object> facts, boolean keepKnown) {
        Map<FactColumn, Object> values = new EnumMap<>(facts);
        values.keySet().removeIf(c -> c.sql().equals(key.column()));
        List<String> columns = new ArrayList<>(List.of(key.column(), "referring_hospital_id"));
        values.keySet().forEach(c -> columns.add(c.sql()));
        columns.add("updated_at");
        String updates = values.keySet().stream()
                .map(c -> keepKnown ? c.sql() + " = COALESCE(" + c.sql() + ", ?)" : c.sql() + " = ?")
                .collect(Collectors.joining(", "));
        String sql = "INSERT INTO insight_fact (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ") ON DUPLICATE KEY UPDATE "
                + (updates.isEmpty() ? "" : updates + ", ") + "updated_at = ?";
        Timestamp now = Timestamp.from(clock.instant());
        List<Object> arguments = new ArrayList<>(List.of(key.id(), referringHospital.value()));
        values.values().forEach(v -> arguments.add(sqlValue(v)));
        arguments.add(now);
        values.values().forEach(v -> arguments.add(sqlValue(v)));
        arguments.add(now);
        jdbc.update(sql, arguments.toArray());
    }

    static LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, JapanTime.ZONE);
    }

    private static Object sqlValue(Object value) {
        return switch (value) {
            case null -> null;
            case HospitalId hospital -> hospital.value();
            case Enum<?> e -> e.name();
            default -> value;
        };
    }
}
