package jp.renkei.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.ScratchDatabase;

/**
 * V5 reshapes the referral timeline into the shared history columns: a timeline written under V2's shape must
 * read the same afterwards (step → action, status after the step → detail). Runs Flyway on a scratch database
 * of the same embedded server, stopping at V3 to write the old shape first.
 */
@RenkeiIntegrationTest
class ReferralKernelMigrationIT {

    @Autowired
    javax.sql.DataSource appDataSource;

    @Test
    void existingTimelineRowsKeepTheirStepStatusActorAndNote() {
        ScratchDatabase scratch = ScratchDatabase.create(appDataSource, "v5_migration_check");
        JdbcTemplate db = scratch.jdbc();

        scratch.migrate("3");
        db.update("INSERT INTO patient (id, hospital_id, hospital_patient_id, name_kanji, name_kana, birth_date, sex,"
                + " created_at) VALUES (1, 5, 'S-1', '試験 花子', 'シケン ハナコ', '1970-05-01', 'FEMALE', NOW())");
        db.update("INSERT INTO referral (id, origin_hospital_id, partner_hospital_id, patient_id, status,"
                + " patient_hospital_pid, patient_name_kanji, patient_name_kana, patient_birth_date, patient_sex,"
                + " referring_user_id, referring_user_name, created_at, updated_at) VALUES (1, 5, 1, 1, 'ACCEPTED',"
                + " 'S-1', '試験 花子', 'シケン ハナコ', '1970-05-01', 'FEMALE', 1, '山野 遥', NOW(), NOW())");
        db.update("INSERT INTO referral_timeline (referral_id, position, occurred_at, actor_user_id, actor_name,"
                + " actor_hospital_id, event_type, to_status, note) VALUES (1, 0, '2026-11-20 01:00:00', 3,"
                + " '森川 千夏', 1, 'ACCEPTED', 'ACCEPTED', '受け入れます')");
        db.update("INSERT INTO referral_prior_test (referral_id, position, tested_on, test_name, insurance_covered)"
                + " VALUES (1, 0, '2025-01-10', 'BRACAnalysis', TRUE)");

        scratch.migrate(null);

        Map<String, Object> row = db.queryForMap("SELECT * FROM referral_timeline WHERE referral_id = 1");
        assertThat(row).containsEntry("action", "ACCEPTED").containsEntry("detail", "ACCEPTED")
                .containsEntry("actor_name", "森川 千夏").containsEntry("note", "受け入れます")
                .containsEntry("actor_user_id", 3L).containsEntry("actor_hospital_id", 1L);
        assertThat(db.queryForObject("SELECT kind FROM referral_prior_test WHERE referral_id = 1", String.class))
                .as("classified by name when read, not guessed by the migration").isNull();
        scratch.drop();
    }
}
