package jp.renkei.ccat.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.renkei.ccat.milestone.CatalogueTest;
import jp.renkei.ccat.milestone.SampleType;

/**
 * The append-only {@code ccat_catalogue_revision} table. Network-level data without patients, read by every
 * hospital's planning and by listeners without a signed-in user, so it is plain SQL rather than a tenant-filtered
 * entity.
 */
@Component
class CatalogueRevisions {

    private static final String COLUMNS = "r.test_id, r.revision, r.name, r.sample_type, "
            + "r.lab_turnaround_business_days, r.source, r.unconfirmed, r.changed_at, r.changed_by_name, r.reason";

    private final JdbcTemplate jdbc;

    CatalogueRevisions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each test's latest revision, in the order the tests were first added. */
    List<CatalogueEntry> current() {
        return jdbc.query("select " + COLUMNS + " from ccat_catalogue_revision r"
                + " where r.revision = (select max(l.revision) from ccat_catalogue_revision l where l.test_id = r.test_id)"
                + " order by (select min(f.id) from ccat_catalogue_revision f where f.test_id = r.test_id)",
                CatalogueRevisions::entry);
    }

    /** Every revision of one test, the latest first. */
    List<CatalogueEntry> history(String testId) {
        return jdbc.query("select " + COLUMNS + " from ccat_catalogue_revision r where r.test_id = ?"
                + " order by r.revision desc", CatalogueRevisions::entry, testId);
    }

    int latestRevision(String testId) {
        Integer latest = jdbc.queryForObject("select max(revision) from ccat_catalogue_revision where test_id = ?",
                Integer.class, testId);
        return latest == null ? 0 : latest;
    }

    /** Fails on the unique key when another save took this revision first. */
    void insert(CatalogueEntry entry, Long changedBy) {
        CatalogueTest test = entry.test();
        jdbc.update("insert into ccat_catalogue_revision (test_id, revision, name, sample_type,"
                + " lab_turnaround_business_days, source, unconfirmed, changed_at, changed_by, changed_by_name, reason)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", test.id(), entry.revision(), test.name(),
                test.sampleType().name(), test.labTurnaroundBusinessDays(), test.source(), test.unconfirmed(),
                Timestamp.from(entry.changedAt()), changedBy, entry.changedByName(), entry.reason());
    }

    private static CatalogueEntry entry(ResultSet rs, int row) throws SQLException {
        CatalogueTest test = new CatalogueTest(rs.getString("test_id"), rs.getString("name"),
                SampleType.valueOf(rs.getString("sample_type")), rs.getInt("lab_turnaround_business_days"),
                rs.getString("source"), rs.getString("unconfirmed"));
        return new CatalogueEntry(test, rs.getInt("revision"), rs.getTimestamp("changed_at").toInstant(),
                rs.getString("changed_by_name"), rs.getString("reason"));
    }
}
