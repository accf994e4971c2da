package jp.renkei.counseling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.expertpanel.SecondaryFindingRaised;
import jp.renkei.shared.HospitalId;

/**
 * The event registry redelivers after a crash, and two deliveries may run at once: a panel's secondary finding still
 * raises exactly one counseling request for the referring hospital.
 */
@RenkeiIntegrationTest
class PanelFollowUpIntakeIT {

    // a case id no panel case has, so the request is this test's own
    private static final long CASE = 990_001L;

    @Autowired
    PanelFollowUpIntake intake;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheRequest() {
        jdbc.update("delete from counseling_follow_up where panel_case_id = ?", CASE);
    }

    @Test
    void theSameEventDeliveredTwiceAndTwiceAtOnceRaisesOneRequest() {
        SecondaryFindingRaised raised = new SecondaryFindingRaised(CASE, 8L, HospitalId.of(5), HospitalId.of(1),
                List.of("BRCA2"), Instant.parse("2026-11-18T01:00:00Z"));

        // the bean itself, not its asynchronous proxy: each delivery has run when the call returns
        PanelFollowUpIntake listener = AopTestUtils.getUltimateTargetObject(intake);
        listener.on(raised);
        listener.on(raised);
        CompletableFuture.allOf(CompletableFuture.runAsync(() -> listener.on(raised)),
                CompletableFuture.runAsync(() -> listener.on(raised))).join();

        assertThat(jdbc.queryForList("select origin_hospital_id, partner_hospital_id, genes from counseling_follow_up"
                + " where panel_case_id = ?", CASE)).singleElement().satisfies(row -> {
                    assertThat(((Number) row.get("origin_hospital_id")).longValue()).isEqualTo(5);
                    assertThat(((Number) row.get("partner_hospital_id")).longValue()).isEqualTo(1);
                    assertThat(row.get("genes")).isEqualTo("BRCA2");
                });
    }
}
