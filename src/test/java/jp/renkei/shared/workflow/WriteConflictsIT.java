package jp.renkei.shared.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.ccat.GenomicTestService;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.referral.ClinicalDetails;
import jp.renkei.referral.PatientParticulars;
import jp.renkei.referral.ReferralContent;
import jp.renkei.referral.ReferralDetails;
import jp.renkei.referral.ReferralService;
import jp.renkei.referral.ReferralStatus;
import jp.renkei.referral.RequestedService;
import jp.renkei.referral.Sex;
import jp.renkei.referral.Specimen;
import jp.renkei.referral.SpecimenType;
import jp.renkei.referral.StandardTreatmentStatus;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;

/**
 * Writes people click, refused by the database for a real deadlock with another writer (what Galera's
 * certification does to one of two writes of the same rows on two nodes, with the same error 1213): the write is
 * tried once more and the person sees the normal result, written once; a second refusal in a row tells them to
 * try again, with nothing saved.
 */
@RenkeiIntegrationTest
class WriteConflictsIT {

    private static final HospitalId TOTO = HospitalId.of(1);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @Autowired
    ReferralService referrals;
    @Autowired
    GenomicTestService tests;
    @Autowired
    SignIn signIn;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void anAcceptanceThatLosesADeadlockIsTriedAgainAndAcceptedOnce() throws Exception {
        ReferralDetails sent = sentReferral("CONFLICT-1");
        signIn.as("coordinator");

        ReferralDetails accepted;
        deliveriesSettled();
        try (DeadlockingWriter other = DeadlockingWriter.start(dataSource, 1, REFERRAL_ROW, sent.id().value())) {
            accepted = referrals.accept(sent.id(), sent.version(), "受け入れます");
        }

        assertThat(accepted.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(accepted.version()).as("one step on the record").isEqualTo(sent.version() + 1);
        assertThat(timelineSteps(sent, "ACCEPTED")).isEqualTo(1);
        assertThat(auditEntries("REFERRAL_ACCEPTED", "referral:" + sent.id().display())).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> notices("notice.referral.ACCEPTED", sent) >= 1);
        Thread.sleep(500); // a duplicate would arrive as quickly as the first
        assertThat(notices("notice.referral.ACCEPTED", sent)).as("notices to the referring clinician").isEqualTo(1);
        assertThat(ballastLeft()).isZero();
    }

    @Test
    void anAcceptanceThatLosesTwoDeadlocksInARowIsRefusedClearlyWithNothingSaved() throws Exception {
        ReferralDetails sent = sentReferral("CONFLICT-2");
        signIn.as("coordinator");

        deliveriesSettled();
        try (DeadlockingWriter other = DeadlockingWriter.start(dataSource, 2, REFERRAL_ROW, sent.id().value())) {
            assertThatThrownBy(() -> referrals.accept(sent.id(), sent.version(), "受け入れます"))
                    .isInstanceOfSatisfying(WriteConflict.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("error.writeConflict"));
        }

        ReferralDetails after = referrals.get(sent.id());
        assertThat(after.status()).isEqualTo(ReferralStatus.SUBMITTED);
        assertThat(after.version()).isEqualTo(sent.version());
        assertThat(timelineSteps(sent, "ACCEPTED")).isZero();
        assertThat(auditEntries("REFERRAL_ACCEPTED", "referral:" + sent.id().display())).isZero();
        Thread.sleep(1000);
        assertThat(notices("notice.referral.ACCEPTED", sent)).isZero();
        assertThat(ballastLeft()).isZero();

        ReferralDetails acceptedLater = referrals.accept(sent.id(), sent.version(), "受け入れます");
        assertThat(acceptedLater.status()).as("trying again, as the message says").isEqualTo(ReferralStatus.ACCEPTED);
    }

    @Test
    void aMilestoneEntryThatLosesADeadlockIsTriedAgainAndRecordedOnce() throws Exception {
        signIn.as("coordinator");
        LocalDate today = LocalDate.now(clock.withZone(JapanTime.ZONE));
        long test = tests.openForOwnPatient("CONFLICT-3", "競合 試験", tests.catalogue().getFirst().id(), today);

        deliveriesSettled();
        try (DeadlockingWriter other = DeadlockingWriter.start(dataSource, 1, MILESTONE_ROWS, test)) {
            tests.recordMilestone(test, MilestoneStep.CONSENT, 0, today);
        }

        assertThat(consentReachedOn(test)).isEqualTo(List.of(today));
        assertThat(auditEntries("CCAT_MILESTONE_RECORDED", "ccat_test:" + test)).isEqualTo(1);
        assertThat(ballastLeft()).isZero();
    }

    @Test
    void aMilestoneEntryThatLosesTwoDeadlocksInARowIsRefusedClearlyWithNothingSaved() throws Exception {
        signIn.as("coordinator");
        LocalDate today = LocalDate.now(clock.withZone(JapanTime.ZONE));
        long test = tests.openForOwnPatient("CONFLICT-4", "競合 試験", tests.catalogue().getFirst().id(), today);

        deliveriesSettled();
        try (DeadlockingWriter other = DeadlockingWriter.start(dataSource, 2, MILESTONE_ROWS, test)) {
            assertThatThrownBy(() -> tests.recordMilestone(test, MilestoneStep.CONSENT, 0, today))
                    .isInstanceOf(WriteConflict.class);
        }

        assertThat(consentReachedOn(test)).as("the consent milestone, not reached").containsOnlyNulls();
        assertThat(auditEntries("CCAT_MILESTONE_RECORDED", "ccat_test:" + test)).isZero();
        assertThat(ballastLeft()).isZero();
    }

    private static final String REFERRAL_ROW = "select id from referral where id = ? for update";
    private static final String MILESTONE_ROWS = "select id from ccat_milestone where test_id = ? for update";

    private ReferralDetails sentReferral(String patient) {
        signIn.as("liaison");
        ReferralContent content = new ReferralContent(
                new PatientParticulars(patient, "競合 試験", "キョウゴウ シケン", LocalDate.of(1968, 4, 5), Sex.MALE),
                new ClinicalDetails("PAAD", "IV", 1, StandardTreatmentStatus.ENDED, 1, "同時書き込みの試験。"),
                new Specimen(SpecimenType.FFPE_TISSUE, LocalDate.of(2026, 6, 1), "10%中性緩衝ホルマリン", 40, true),
                List.of(), Set.of(RequestedService.CGP_TEST));
        ReferralDetails draft = referrals.saveDraft(null, null, TOTO, content);
        ReferralDetails sent = referrals.submit(draft.id(), draft.version(), null);
        signIn.out();
        return sent;
    }

    /** The deliveries after the previous commit are done: nothing else waits for the audit chain head. */
    private void deliveriesSettled() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select count(*) from"
                + " EVENT_PUBLICATION where COMPLETION_DATE is null and STATUS <> 'FAILED' and PUBLICATION_DATE > ?",
                Integer.class, java.sql.Timestamp.from(clock.instant().minusSeconds(60))) == 0);
    }

    private int timelineSteps(ReferralDetails referral, String action) {
        return jdbc.queryForObject("select count(*) from referral_timeline where referral_id = ? and action = ?",
                Integer.class, referral.id().value(), action);
    }

    private int auditEntries(String action, String subject) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject = ?", Integer.class,
                action, subject);
    }

    private int notices(String key, ReferralDetails referral) {
        return jdbc.queryForObject("select count(*) from notification where message_key = ? and link = ?",
                Integer.class, key, "referrals/" + referral.id().value());
    }

    private List<LocalDate> consentReachedOn(long test) {
        return jdbc.queryForList("select reached_on from ccat_milestone where test_id = ? and step = 'CONSENT'",
                LocalDate.class, test);
    }

    private int ballastLeft() {
        return jdbc.queryForObject("select count(*) from isolation_probe where label = 'deadlock ballast'",
                Integer.class);
    }
}
