package jp.renkei.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.renkei.HostilePayloads;
import jp.renkei.PdfInspection;
import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.text.InputRefused;

/**
 * Free text that bypassed the browser's limits reaches the referral service as it was typed: the service itself
 * refuses what cannot be stored safely (and saves nothing), and keeps script, template and SQL payloads verbatim,
 * on screen data and in the printed letter alike.
 */
@RenkeiIntegrationTest
class HostileInputIT {

    private static final HospitalId TOTO = HospitalId.of(1);
    private static final Path LETTER = Path.of("target", "e2e-artifacts", "referral-letter-hostile-payloads.pdf");

    /** Sending notifies the receiving hospital by email. */
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @Autowired
    ReferralService referrals;
    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOutAndResetTime() {
        signIn.out();
        clock.reset();
    }

    @Test
    void aTenThousandCharacterSummaryIsRefusedAndNothingIsSaved() {
        signIn.as("liaison");
        String pid = ReferralWorkflowIT.uniquePid();
        ReferralContent content = content(pid, "試験 花子", "シケン ハナコ", "膵".repeat(10_000));

        assertThatThrownBy(() -> referrals.saveDraft(null, null, TOTO, content))
                .isInstanceOfSatisfying(InputRefused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("input.tooLong");
                    assertThat(refused.arguments()).containsExactly("input.field.summary", "4000");
                });
        assertNothingStoredFor(pid);
    }

    @Test
    void aRightToLeftOverrideInThePatientNameIsRefusedAndNothingIsSaved() {
        signIn.as("liaison");
        String pid = ReferralWorkflowIT.uniquePid();
        ReferralContent content = content(pid, "試験\u202E子花", "シケン ハナコ", "膵癌、二次治療後に増悪。");

        assertThatThrownBy(() -> referrals.saveDraft(null, null, TOTO, content))
                .isInstanceOfSatisfying(InputRefused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("input.bidiControl");
                    assertThat(refused.arguments()).containsExactly("input.field.nameKanji");
                });
        assertNothingStoredFor(pid);
    }

    @Test
    void aStepReasonWithAnOverrideIsRefusedAndTheReferralStaysAsItWas() {
        signIn.as("liaison");
        ReferralDetails draft = referrals.saveDraft(null, null, TOTO,
                content(ReferralWorkflowIT.uniquePid(), "試験 花子", "シケン ハナコ", "膵癌。"));
        ReferralDetails sent = referrals.submit(draft.id(), draft.version(), null);

        signIn.as("coordinator");
        assertThatThrownBy(() -> referrals.decline(sent.id(), sent.version(), "対象外\u2067です"))
                .isInstanceOfSatisfying(InputRefused.class, refused -> assertThat(refused.arguments())
                        .containsExactly("input.field.note"));
        assertThatThrownBy(() -> referrals.returnForInformation(sent.id(), sent.version(), "x".repeat(2001)))
                .isInstanceOfSatisfying(InputRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("input.tooLong"));
        ReferralDetails now = referrals.get(sent.id());
        assertThat(now.status()).isEqualTo(ReferralStatus.SUBMITTED);
        assertThat(now.version()).isEqualTo(sent.version());
    }

    @Test
    void halfWidthKanaAndFullWidthDigitsAreStoredInOneForm() {
        signIn.as("liaison");
        String pid = ReferralWorkflowIT.uniquePid();
        ReferralDetails saved = referrals.saveDraft(null, null, TOTO,
                content(pid.replace("T-", "Ｔ－"), "試験 花子", "ｼｹﾝ ﾊﾅｺ", "膵癌。"));

        PatientParticulars stored = referrals.get(saved.id()).content().patient();
        assertThat(stored.nameKana()).isEqualTo("シケン ハナコ");
        assertThat(stored.hospitalPatientId()).isEqualTo(pid);
    }

    @Test
    void scriptTemplateAndSqlPayloadsAreStoredAndPrintedVerbatim() throws IOException {
        List<String> payloads = HostilePayloads.all();
        signIn.as("liaison");
        String summary = String.join("\n", payloads);
        ReferralContent content = new ReferralContent(
                new PatientParticulars(ReferralWorkflowIT.uniquePid(), payloads.get(1), "シケン ハナコ",
                        LocalDate.of(1970, 5, 1), Sex.FEMALE),
                new ClinicalDetails("PAAD", "${7*7}", 2, StandardTreatmentStatus.ENDED, 1, summary),
                new Specimen(SpecimenType.FFPE_TISSUE, today().minusMonths(6), "{{7*7}}", 40, true),
                payloads.stream().limit(5).map(p -> new PriorTest(today().minusYears(1), p, false, null)).toList(),
                Set.of(RequestedService.CGP_TEST));
        ReferralDetails draft = referrals.saveDraft(null, null, TOTO, content);
        ReferralDetails sent = referrals.submit(draft.id(), draft.version(), "' OR 1=1 --");
        signIn.as("coordinator");
        ReferralDetails asked = referrals.returnForInformation(sent.id(), sent.version(), summary);

        ReferralDetails read = referrals.get(asked.id());
        assertThat(read.content().patient().nameKanji()).isEqualTo(payloads.get(1));
        assertThat(read.content().clinical().summary()).isEqualTo(summary);
        assertThat(read.content().clinical().stage()).isEqualTo("${7*7}");
        assertThat(read.content().specimen().fixation()).isEqualTo("{{7*7}}");
        assertThat(read.content().priorTests()).extracting(PriorTest::testName)
                .containsExactlyElementsOf(payloads.subList(0, 5));
        assertThat(read.timeline()).filteredOn(e -> e.step() == ReferralStep.RETURNED_FOR_INFORMATION)
                .singleElement().extracting(TimelineEntry::note).isEqualTo(summary);

        PdfInspection.save(referrals.letterPdf(asked.id()), LETTER);
        String printed = PdfInspection.text(LETTER);
        assertThat(payloads).allSatisfy(payload -> assertThat(printed).as("letter text").contains(payload));
    }

    private void assertNothingStoredFor(String pid) {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM referral WHERE patient_hospital_pid = ?", Integer.class,
                pid)).as("referrals saved").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM patient WHERE hospital_patient_id = ?", Integer.class,
                pid)).as("patients saved").isZero();
    }

    private ReferralContent content(String pid, String name, String kana, String summary) {
        return new ReferralContent(new PatientParticulars(pid, name, kana, LocalDate.of(1970, 5, 1), Sex.FEMALE),
                new ClinicalDetails("PAAD", "IV", 2, StandardTreatmentStatus.ENDED, 1, summary),
                new Specimen(SpecimenType.FFPE_TISSUE, today().minusMonths(6), "10%中性緩衝ホルマリン", 40, true),
                List.of(), Set.of(RequestedService.CGP_TEST, RequestedService.EXPERT_PANEL));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(JapanTime.ZONE));
    }
}
