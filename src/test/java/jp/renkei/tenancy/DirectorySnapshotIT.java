package jp.renkei.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.shared.HospitalId;

/**
 * The directory is kept per node, so what another node (or a bulk load in SQL) changes must show on this node's
 * next page all the same: here the other node is plain SQL on the shared database.
 */
@RenkeiIntegrationTest
class DirectorySnapshotIT {

    private static final HospitalId TOTO = HospitalId.of(1);

    @Autowired
    HospitalDirectory directory;
    @Autowired
    DirectorySnapshots snapshots;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void hospitalsAndLinksChangedElsewhereShowOnTheNextRead() {
        signIn.as("liaison");
        assertThat(directory.partnersOf(TOTO)).isNotEmpty(); // this node now holds a snapshot
        String code = "L-S" + (System.nanoTime() % 100000);
        jdbc.update("""
                insert into hospital (code, name_ja, name_en, tier, panel_capable, prefecture_code, created_at)
                values (?, '別ノード連携病院', 'Other Node Hospital', 'LIAISON', false, '14', now(6))""", code);
        HospitalId added = HospitalId.of(jdbc.queryForObject("select id from hospital where code = ?", Long.class,
                code));
        try {
            assertThat(directory.get(added).nameJa()).isEqualTo("別ノード連携病院");

            jdbc.update("insert into partnership (liaison_hospital_id, partner_hospital_id, since, created_at) "
                    + "values (?, ?, '2026-12-01', now(6))", added.value(), TOTO.value());
            assertThat(directory.partnersOf(TOTO)).extracting(l -> l.hospital().code()).contains(code);
            assertThat(directory.withPartners(added)).extracting(HospitalSummary::code)
                    .containsExactly(code, "C-TOTO");

            // an update through Hospital on another node raises its optimistic-lock version with the change
            jdbc.update("update hospital set name_ja = '改称連携病院', version = version + 1 where id = ?", added.value());
            assertThat(directory.getAll(List.of(added, TOTO))).extracting(HospitalSummary::nameJa)
                    .contains("改称連携病院").doesNotContain("別ノード連携病院");

            jdbc.update("delete from partnership where liaison_hospital_id = ?", added.value());
            assertThat(directory.partnersOf(TOTO)).extracting(l -> l.hospital().code()).doesNotContain(code);
            assertThat(directory.partnersOf(added)).isEmpty();
        } finally {
            jdbc.update("delete from partnership where liaison_hospital_id = ?", added.value());
            jdbc.update("delete from hospital where id = ?", added.value());
        }
    }

    @Test
    void anUnchangedDirectoryIsNotReadAgain() {
        DirectorySnapshot first = transactions.execute(status -> snapshots.current());
        DirectorySnapshot second = transactions.execute(status -> snapshots.current());

        assertThat(second).isSameAs(first);
        assertThat(first.hospital(TOTO)).map(HospitalSummary::code).contains("C-TOTO");
    }
}
