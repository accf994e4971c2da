package jp.renkei.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import jp.renkei.SignIn;
import jp.renkei.TestClockConfiguration;
import jp.renkei.shared.HospitalId;

/**
 * The referral module with only what it depends on (shared, identity, tenancy) against the embedded MariaDB:
 * what a later module (expert panels, C-CAT) hears when a coordinator accepts, without touching referral internals.
 */
// the infrastructure module brings the embedded database; no business module depends on it
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "infrastructure")
@ActiveProfiles({ "demo", "it" })
@Import({ SignIn.class, TestClockConfiguration.class })
class ReferralModuleTests {

    static final HospitalId TOTO = HospitalId.of(1);
    static final HospitalId SAGAMINO = HospitalId.of(5);

    @Autowired
    ReferralService referrals;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void acceptingAReferralAnnouncesTheRequestedServicesToOtherModules(Scenario scenario) {
        signIn.as("liaison");
        ReferralDetails draft = referrals.saveDraft(null, null, TOTO, content(Set.of(RequestedService.CGP_TEST,
                RequestedService.EXPERT_PANEL)));
        ReferralDetails sent = referrals.submit(draft.id(), draft.version(), null);
        signIn.as("coordinator");

        scenario.stimulate(() -> referrals.accept(sent.id(), sent.version(), "受け入れます"))
                .andWaitForEventOfType(ReferralAccepted.class)
                .matching(accepted -> accepted.referral().equals(sent.id()))
                .toArriveAndVerify(accepted -> {
                    assertThat(accepted.services()).containsExactlyInAnyOrder(RequestedService.CGP_TEST,
                            RequestedService.EXPERT_PANEL);
                    assertThat(accepted.referringHospital()).isEqualTo(SAGAMINO);
                    assertThat(accepted.receivingHospital()).isEqualTo(TOTO);
                    assertThat(accepted.cancerTypeCode()).isEqualTo("PAAD");
                    assertThat(accepted.actor().name()).isEqualTo("森川 千夏");
                });
    }

    @Test
    void sendingAReferralAnnouncesItsAcknowledgementDeadline(Scenario scenario) {
        signIn.as("liaison");
        ReferralDetails draft = referrals.saveDraft(null, null, TOTO, content(Set.of(RequestedService.CGP_TEST)));

        scenario.stimulate(() -> referrals.submit(draft.id(), draft.version(), null))
                .andWaitForEventOfType(ReferralSubmitted.class)
                .matching(submitted -> submitted.referral().equals(draft.id()))
                .toArriveAndVerify((submitted, details) ->
                        assertThat(submitted.acknowledgementDueAt()).isEqualTo(details.acknowledgementDueAt()));
    }

    private static ReferralContent content(Set<RequestedService> services) {
        return new ReferralContent(
                new PatientParticulars(ReferralWorkflowIT.uniquePid(), "試験 花子", "シケン ハナコ",
                        LocalDate.of(1970, 5, 1), Sex.FEMALE),
                new ClinicalDetails("PAAD", "IV", 2, StandardTreatmentStatus.ENDED, 1, "膵癌、二次治療後に増悪。"),
                new Specimen(SpecimenType.FFPE_TISSUE, LocalDate.of(2026, 6, 1), "10%中性緩衝ホルマリン", 40, true),
                List.of(), services);
    }
}
