package jp.renkei.counseling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.expertpanel.SecondaryFindingRaised;
import jp.renkei.shared.HospitalId;

/**
 * The counseling page's list of panel follow-ups with several requests waiting (the referrals are read together):
 * each request with its own referral and patient, oldest request first, one audit entry per patient shown, and a
 * request whose referral the person may not see left off without breaking the page.
 */
@RenkeiIntegrationTest
class PanelFollowUpsAwaitingBookingIT {

    // case ids no panel case has, so the requests are this test's own
    private static final long FIRST_CASE = 990_101L;
    private static final HospitalId SAGAMINO = HospitalId.of(5);
    private static final HospitalId BOSO = HospitalId.of(6);
    private static final HospitalId TOTO = HospitalId.of(1);

    @Autowired
    PanelFollowUpIntake intake;
    @Autowired
    PanelFollowUpService followUps;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheRequests() {
        signIn.out();
        jdbc.update("delete from counseling_follow_up where panel_case_id between ? and ?", FIRST_CASE,
                FIRST_CASE + 9);
    }

    @Test
    void severalWaitingRequestsEachShowTheirOwnReferralOldestFirstAndAuditEachPatientOnce() {
        List<Long> ours = jdbc.queryForList("select id from referral where origin_hospital_id = ? and status <> 'DRAFT'"
                + " and id <> 8 order by id limit 3", Long.class, SAGAMINO.value());
        long othersReferral = jdbc.queryForObject("select min(id) from referral where origin_hospital_id = ?",
                Long.class, BOSO.value());
        assertThat(ours).hasSize(3);
        // raised in the reverse order of the referrals' numbers; the foreign referral in between
        raise(FIRST_CASE, ours.get(2), "2026-11-10T01:00:00Z");
        raise(FIRST_CASE + 1, othersReferral, "2026-11-11T01:00:00Z");
        raise(FIRST_CASE + 2, ours.get(1), "2026-11-12T01:00:00Z");
        raise(FIRST_CASE + 3, ours.get(0), "2026-11-13T01:00:00Z");
        long auditedBefore = patientReads();
        long othersBefore = patientReadsOf(othersReferral);

        signIn.as("liaison");
        List<PanelFollowUpDetails> page = followUps.awaitingBooking();
        List<PanelFollowUpDetails> waiting = page.stream()
                .filter(r -> r.caseId() >= FIRST_CASE && r.caseId() <= FIRST_CASE + 9).toList();

        assertThat(waiting).extracting(PanelFollowUpDetails::caseId)
                .as("oldest first; the other hospital's referral left off")
                .containsExactly(FIRST_CASE, FIRST_CASE + 2, FIRST_CASE + 3);
        assertThat(waiting).extracting(r -> r.referral().id().value()).containsExactly(ours.get(2), ours.get(1),
                ours.get(0));
        for (PanelFollowUpDetails request : waiting) {
            assertThat(request.referral().patientName()).isEqualTo(jdbc.queryForObject(
                    "select patient_name_kanji from referral where id = ?", String.class,
                    request.referral().id().value()));
            assertThat(request.genes()).containsExactly("BRCA2");
        }
        // with the demo's own waiting request (referral 8) when no other test booked it
        assertThat(patientReads() - auditedBefore).as("one entry per patient on the page").isEqualTo(page.size());
        assertThat(patientReadsOf(othersReferral)).as("the referral not shown is not read").isEqualTo(othersBefore);
    }

    private void raise(long caseId, long referralId, String raisedAt) {
        // the bean itself, not its asynchronous proxy: the request exists when the call returns
        AopTestUtils.<PanelFollowUpIntake>getUltimateTargetObject(intake).on(new SecondaryFindingRaised(caseId,
                referralId, SAGAMINO, TOTO, List.of("BRCA2"), Instant.parse(raisedAt)));
    }

    private long patientReadsOf(long referralId) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'REFERRAL_PATIENT_READ'"
                + " and subject = ?", Long.class, String.format("referral:R-%06d", referralId));
    }

    private long patientReads() {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'REFERRAL_PATIENT_READ'",
                Long.class);
    }
}
