package jp.renkei.recontact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code therapy_approval} table: network-level, no patient data, so plain SQL without a tenant filter. */
@Component
class ApprovalStore {

    private static final String COLUMNS = "id, gene, alteration, cancer_type_code, drug, approved_on, source,"
            + " recorded_by, recorded_at";

    private final JdbcTemplate jdbc;

    ApprovalStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the approval unless the same one is there already; returns the stored row either way. */
    TherapyApproval save(String gene, String alteration, String cancerType, String drug, LocalDate approvedOn,
            String source, String recordedBy, Instant now) {
        try {
            jdbc.update("INSERT INTO therapy_approval (gene, alteration, cancer_type_code, drug, approved_on, source,"
                    + " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", gene, alteration, cancerType, drug,
                    approvedOn, source, recordedBy, Timestamp.from(now));
        } catch (DuplicateKeyException alreadyRecorded) {
            // the same approval saved again: the first record stands
        }
        return jdbc.queryForObject("SELECT " + COLUMNS + " FROM therapy_approval WHERE gene = ? AND alteration = ?"
                + " AND cancer_type_code = ? AND drug = ? AND approved_on = ?", ApprovalStore::approval, gene,
                alteration, cancerType, drug, approvedOn);
    }

    TherapyApproval get(long id) {
        return jdbc.queryForObject("SELECT " + COLUMNS + " FROM therapy_approval WHERE id = ?", ApprovalStore::approval,
                id);
    }

    List<TherapyApproval> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM therapy_approval ORDER BY approved_on DESC, id DESC",
                ApprovalStore::approval);
    }

    private static TherapyApproval approval(ResultSet rs, int row) throws SQLException {
        return new TherapyApproval(rs.getLong("id"), rs.getString("gene"), rs.getString("alteration"),
                rs.getString("cancer_type_code"), rs.getString("drug"), rs.getObject("approved_on", LocalDate.class),
                rs.getString("source"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}
