package jp.renkei.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.ScratchDatabase;

/**
 * The national generator at 1/1000 scale on a scratch database with every migration and the demo SQL (as the
 * database owner, like an operator's bulk load): counts and consistency as the screens would show them.
 */
@RenkeiIntegrationTest
class NationalDataGeneratorIT {

    @Autowired
    DataSource appDataSource;
    @Autowired
    Clock clock;

    JdbcTemplate jdbc;

    @Test
    void aThousandthOfTheNationFillsEveryTableConsistently() {
        ScratchDatabase scratch = ScratchDatabase.create(appDataSource, "national_generator_check");
        try {
            scratch.migrate(null);
            new NationalDataGenerator(42, 0.001, clock.instant()).generate(scratch.dataSource());
            jdbc = scratch.jdbc();
            assertConsistent();
        } finally {
            scratch.drop();
        }
    }

    private void assertConsistent() {

        assertThat(count("select count(*) from hospital where code like 'N-%'")).isEqualTo(300);
        assertThat(count("select count(*) from user_account where username regexp '^n[0-9]{4}$'")).isEqualTo(5000);
        assertThat(count(generated("referral r"))).isEqualTo(1000);
        assertThat(count(generated("counseling_booking r"))).isEqualTo(300);
        assertThat(count(generated("panel_case r"))).isBetween(1L, 100L);
        // every referral goes to a partner of the hospital that sent it
        assertThat(count(generated("referral r") + " and not exists (select 1 from partnership p where "
                + "p.liaison_hospital_id = r.origin_hospital_id and p.partner_hospital_id = r.partner_hospital_id)"))
                .isZero();
        // statuses follow the dates: nothing waits for acknowledgement for a week, nothing is closed within a month
        assertThat(count(generated("referral r") + " and r.status = 'SUBMITTED' and r.submitted_at < "
                + "timestampadd(day, -6, (select max(submitted_at) from referral))")).isZero();
        assertThat(count(generated("referral r") + " and r.status = 'CLOSED' and r.submitted_at > "
                + "timestampadd(day, -29, (select max(submitted_at) from referral))")).isZero();
        assertThat(count(generated("counseling_booking r") + " and r.status = 'COMPLETED' and r.starts_at > ?",
                clock.instant())).isZero();
        // each test has its seven milestones; each panel case at least one variant
        assertThat(count(generated("ccat_test r") + " and (select count(*) from ccat_milestone m "
                + "where m.test_id = r.id) <> 7")).isZero();
        assertThat(count(generated("ccat_test r"))).isPositive();
        assertThat(count(generated("panel_case r") + " and not exists (select 1 from panel_case_variant v "
                + "where v.panel_case_id = r.id)")).isZero();
        // the coordinator of N-0000 has the busiest inbox in the country
        assertThat(jdbc.queryForObject("select h.code from referral r join hospital h on h.id = r.partner_hospital_id "
                + "group by h.code order by count(*) desc limit 1", String.class)).isEqualTo("N-0000");
    }

    private String generated(String table) {
        return "select count(*) from " + table + " join hospital o on o.id = r.origin_hospital_id "
                + "where o.code like 'N-%'";
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
