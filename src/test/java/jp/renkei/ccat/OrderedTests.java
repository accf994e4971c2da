package jp.renkei.ccat;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import jp.renkei.SignIn;
import jp.renkei.referral.ClinicalDetails;
import jp.renkei.referral.PatientParticulars;
import jp.renkei.referral.ReferralContent;
import jp.renkei.referral.ReferralDetails;
import jp.renkei.referral.ReferralService;
import jp.renkei.referral.RequestedService;
import jp.renkei.referral.Sex;
import jp.renkei.referral.Specimen;
import jp.renkei.referral.SpecimenType;
import jp.renkei.referral.StandardTreatmentStatus;
import jp.renkei.shared.HospitalId;

/**
 * A test ordered the way it happens: 相模野's liaison clinician refers a patient to 東都, whose coordinator accepts,
 * schedules and orders the test; the record opens from the event.
 */
record OrderedTests(ReferralService referrals, SignIn signIn, JdbcTemplate jdbc) {

    static final HospitalId SAGAMINO = HospitalId.of(5);
    static final HospitalId TOTO = HospitalId.of(1);

    /** The new test's id; the patient's ID is {@code patientId}. */
    long order(String patientId, String testName) {
        signIn.as("liaison");
        var content = new ReferralContent(
                new PatientParticulars(patientId, "検査 太郎", "ケンサ タロウ", LocalDate.of(1962, 3, 4), Sex.MALE),
                new ClinicalDetails("LUAD", "IV", 2, StandardTreatmentStatus.ENDED, 1, "肺腺癌、二次治療後に増悪。"),
                new Specimen(SpecimenType.FFPE_TISSUE, LocalDate.of(2026, 6, 1), "10%中性緩衝ホルマリン", 40, true),
                List.of(), Set.of(RequestedService.CGP_TEST));
        ReferralDetails draft = referrals.saveDraft(null, null, TOTO, content);
        ReferralDetails sent = referrals.submit(draft.id(), referrals.get(draft.id()).version(), null);
        signIn.as("coordinator");
        ReferralDetails accepted = referrals.accept(sent.id(), sent.version(), "受け入れます");
        ReferralDetails scheduled = referrals.schedule(accepted.id(), accepted.version(), LocalDate.of(2026, 12, 1),
                "外来");
        referrals.orderTest(scheduled.id(), scheduled.version(), testName);
        signIn.out();
        long referral = sent.id().value();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from ccat_test where referral_id = ?", Long.class, referral) == 1);
        return jdbc.queryForObject("select id from ccat_test where referral_id = ?", Long.class, referral);
    }

    long order(String testName) {
        return order("GT-" + System.nanoTime() % 1_000_000, testName);
    }
}
