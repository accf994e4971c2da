package jp.renkei.expertpanel;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
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
import jp.renkei.referral.ReferralId;
import jp.renkei.referral.ReferralService;
import jp.renkei.referral.RequestedService;
import jp.renkei.referral.Sex;
import jp.renkei.referral.Specimen;
import jp.renkei.referral.SpecimenType;
import jp.renkei.referral.StandardTreatmentStatus;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;

/**
 * A panel case as it really starts: 相模野's clinician (liaison) refers a prostate-cancer patient for a panel test and
 * review with a specimen taken six months ago, 東都's coordinator accepts, the intake opens the case. Signs out after.
 */
public final class ReferredCases {

    /** The case and its referral. */
    public record Opened(long caseId, ReferralId referral) {
    }

    private ReferredCases() {
    }

    public static Opened open(SignIn signIn, ReferralService referrals, JdbcTemplate jdbc, Clock clock,
            String patientName) {
        signIn.as("liaison");
        var content = new ReferralContent(
                new PatientParticulars("PR-" + System.nanoTime() % 1_000_000, patientName, "テスト",
                        LocalDate.of(1961, 3, 3), Sex.MALE),
                new ClinicalDetails("PRAD", "IV", 2, StandardTreatmentStatus.ENDED, 1, "去勢抵抗性前立腺癌。"),
                new Specimen(SpecimenType.FFPE_TISSUE, LocalDate.now(clock.withZone(JapanTime.ZONE)).minusMonths(6),
                        "10%中性緩衝ホルマリン", 40, true),
                List.of(), Set.of(RequestedService.CGP_TEST, RequestedService.EXPERT_PANEL));
        ReferralDetails draft = referrals.saveDraft(null, null, HospitalId.of(1), content);
        ReferralDetails sent = referrals.submit(draft.id(), referrals.get(draft.id()).version(), null);
        signIn.as("coordinator");
        referrals.accept(sent.id(), sent.version(), "受け入れます");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from panel_case where referral_id = ?", Long.class, sent.id().value()) == 1);
        signIn.out();
        return new Opened(jdbc.queryForObject("select id from panel_case where referral_id = ?", Long.class,
                sent.id().value()), sent.id());
    }
}
