package jp.renkei.referral.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
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

/** The detail view offers each side the steps the referral allows it now, and says by which day to act. */
@RenkeiIntegrationTest
class ReferralDetailViewTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;
    @Autowired
    ReferralService referrals;
    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        signIn.out();
        clock.reset();
    }

    @Test
    void eachSideSeesItsOwnNextStepsAndTheLastDayToAcknowledge() {
        clock.setTokyo("2026-12-01T10:00"); // Tuesday: due by the end of Thursday 12/3
        signIn.as("liaison");
        ReferralDetails draft = referrals.saveDraft(null, null, HospitalId.of(1), content());
        ReferralDetails sent = referrals.submit(draft.id(), draft.version(), null);

        ReferralDetailView referrerView = open(sent);
        assertThat(buttons(referrerView)).containsExactly("action-withdraw");
        assertThat(referrerView.nextStep.getText()).contains("12/3（木）まで").doesNotContain("00:00");

        signIn.as("coordinator");
        ReferralDetailView receiverView = open(sent);
        assertThat(buttons(receiverView)).containsExactly("action-accept", "action-return", "action-decline");
        assertThat(receiverView.nextStep.getText()).contains("12/3（木）まで");
    }

    @Test
    void aRefusedAnswerKeepsTheDialogOpenWithWhatWasTyped() {
        signIn.as("liaison");
        ReferralDetails draft = referrals.saveDraft(null, null, HospitalId.of(1), content());
        ReferralDetails sent = referrals.submit(draft.id(), draft.version(), null);
        signIn.as("coordinator");
        ReferralDetails returned = referrals.returnForInformation(sent.id(), sent.version(), "家族歴を教えてください");

        signIn.as("liaison");
        ReferralDetailView view = open(returned);
        signIn.as("coordinator"); // meanwhile the other hospital adds a file: the page's version is now stale
        referrals.attach(returned.id(), "追加資料.pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        signIn.as("liaison");

        test(find(Button.class, view.actions).withId("action-answer").single()).click();
        StepDialog dialog = $(StepDialog.class).single();
        test(dialog.text).setValue("母：乳癌（52歳）、叔母：卵巣癌");
        test(dialog.confirm).click();

        assertThat(dialog.isOpened()).as("refused: someone else changed it first").isTrue();
        assertThat(dialog.text.getValue()).isEqualTo("母：乳癌（52歳）、叔母：卵巣癌");
    }

    private ReferralDetailView open(ReferralDetails referral) {
        return navigate("referrals/" + referral.id().value(),
                ReferralDetailView.class);
    }

    private List<String> buttons(ReferralDetailView view) {
        return find(Button.class, view.actions).all().stream().map(b -> b.getId().orElse("")).toList();
    }

    private static ReferralContent content() {
        return new ReferralContent(
                new PatientParticulars("D-" + java.util.UUID.randomUUID().toString().substring(0, 8), "詳細 花子",
                        "ショウサイ ハナコ", LocalDate.of(1970, 5, 1), Sex.FEMALE),
                new ClinicalDetails("PAAD", "IV", 2, StandardTreatmentStatus.ENDED, 1, "膵癌、二次治療後に増悪。"),
                new Specimen(SpecimenType.FFPE_TISSUE, LocalDate.of(2026, 6, 1), "10%中性緩衝ホルマリン", 40, true),
                List.of(), Set.of(RequestedService.CGP_TEST));
    }
}
