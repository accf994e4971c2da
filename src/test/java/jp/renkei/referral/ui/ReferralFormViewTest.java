package jp.renkei.referral.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.referral.PriorTestKind;
import jp.renkei.referral.ReferralDetails;
import jp.renkei.referral.ReferralFilter;
import jp.renkei.referral.ReferralService;
import jp.renkei.referral.ReferralStatus;
import jp.renkei.referral.ReferralSummary;
import jp.renkei.referral.RequestedService;
import jp.renkei.referral.Sex;
import jp.renkei.referral.SpecimenType;
import jp.renkei.referral.StandardTreatmentStatus;

/** The referral form without a browser, on the real database: what a liaison clinician types is kept. */
@RenkeiIntegrationTest
class ReferralFormViewTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;
    @Autowired
    ReferralService referrals;
    @Autowired
    TestClock clock;

    @BeforeEach
    void signInAsLiaison() {
        signIn.as("liaison");
    }

    @AfterEach
    void signOut() {
        signIn.out();
        clock.reset();
    }

    @Test
    void aJustificationTypedInADraftComesBackWhenReopenedAndTheReferralSends() {
        ReferralFormView form = form();
        String pid = fillPatient(form);
        test(form.clinical.standardTreatment).selectItem(form.getTranslation("standardTreatment.ONGOING"));
        assertThat(form.eligibility.justification.isVisible()).as("a warning asks for a justification").isTrue();
        test(form.eligibility.justification).setValue("先進医療Aとして実施予定");
        test(form.saveDraft).click();
        assertThat(form.saveState.getText()).contains("保存しました");

        ReferralSummary saved = draftOf(pid);
        ReferralFormView reopened = navigate("referrals/" + saved.id().value() + "/edit", ReferralFormView.class);
        assertThat(reopened.eligibility.justification.getValue()).isEqualTo("先進医療Aとして実施予定");
        assertThat(reopened.eligibility.justification.isVisible()).isTrue();
        test(reopened.submit).click();

        ReferralDetails sent = referrals.get(saved.id());
        assertThat(sent.status()).isEqualTo(ReferralStatus.SUBMITTED);
        assertThat(sent.eligibilityJustification()).isEqualTo("先進医療Aとして実施予定");
    }

    @Test
    void theDraftSavesItselfAFewSecondsAfterTheLastChangeNotOnEveryKeystroke() {
        ReferralFormView form = form();
        String pid = fillPatient(form);
        assertThat(form.hasUnsavedChanges()).isTrue();

        clock.set(clock.instant().plus(Duration.ofSeconds(1)));
        form.saveIfQuiet();
        assertThat(draftOrNull(pid)).as("still typing: not yet saved").isNull();

        clock.set(clock.instant().plus(ReferralFormView.QUIET_BEFORE_SAVE));
        form.saveIfQuiet();
        assertThat(draftOrNull(pid)).as("quiet for a few seconds: saved").isNotNull();
        assertThat(form.hasUnsavedChanges()).isFalse();
        assertThat(form.saveState.getText()).contains("自動保存");

        test(form.clinical.summary).setValue("膵頭部癌、肝転移。");
        navigate(ReferralListView.class);
        assertThat(referrals.get(draftOf(pid).id()).content().clinical().summary())
                .as("leaving the page saves what changed since").isEqualTo("膵頭部癌、肝転移。");
    }

    @Test
    void aSaveTheServiceRefusesNoLongerShowsTheLastSaveTime() {
        ReferralFormView form = form();
        String pid = fillPatient(form);
        test(form.saveDraft).click();
        assertThat(form.saveState.getText()).contains("保存しました");

        // a right-to-left override reverses text on screen and in the letter: the service refuses it
        test(form.clinical.summary).setValue("膵頭部癌\u202E、肝転移。");
        test(form.saveDraft).click();

        assertThat(form.saveState.getText()).as("the person must not believe the draft holds what they typed")
                .doesNotContain("保存しました").contains("保存されていません");
        assertThat(referrals.get(draftOf(pid).id()).content().clinical().summary()).doesNotContain("\u202E");
    }

    @Test
    void aCompanionDiagnosticChosenFromTheCatalogueDoesNotRaiseTheLifetimeWarning() {
        ReferralFormView form = form();
        fillPatient(form);
        test(form.clinical.standardTreatment).selectItem(form.getTranslation("standardTreatment.ENDED"));
        form.priorTests.addRow(null);
        PriorTestsEditor.Row row = form.priorTests.rows().getFirst();
        test(row.name).selectItem("BRACAnalysis 診断システム");
        test(row.insured).click();

        assertThat(row.kind.getValue()).isEqualTo(PriorTestKind.COMPANION_DIAGNOSTIC);
        assertThat(form.eligibility.justification.isVisible()).as("no warning, nothing to justify").isFalse();

        test(row.name).selectItem("FoundationOne CDx がんゲノムプロファイル");
        assertThat(row.kind.getValue()).isEqualTo(PriorTestKind.CGP_PANEL);
        assertThat(form.eligibility.justification.isVisible()).as("an insured panel test was already used").isTrue();
    }

    @Test
    void stageWordsReadInEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ReferralFormView form = form();

        assertThat(form.clinical.stage.getListDataView().getItems().map(s -> Stages.label(form, s)).toList())
                .containsExactly("I", "II", "III", "IV", "Recurrent", "Unknown");
    }

    private ReferralFormView form() {
        return navigate(ReferralFormView.class);
    }

    private String fillPatient(ReferralFormView form) {
        String pid = "V-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        test(form.receiving).selectItem("東都大学医学部附属病院");
        test(form.patient.patientId).setValue(pid);
        test(form.patient.nameKanji).setValue("画面 試子");
        test(form.patient.nameKana).setValue("ガメン タメコ");
        test(form.patient.birthDate).setValue(LocalDate.of(1965, 4, 12));
        test(form.patient.sex).selectItem(form.getTranslation("sex." + Sex.FEMALE.name()));
        test(form.clinical.cancerType).selectItem("膵腺癌（PAAD）");
        test(form.clinical.ecog).selectItem("PS 1");
        test(form.clinical.summary).setValue("膵頭部癌。");
        test(form.specimen.type).selectItem(form.getTranslation("specimenType." + SpecimenType.FFPE_TISSUE.name()));
        test(form.services).selectItem(form.getTranslation("service." + RequestedService.CGP_TEST.name()));
        return pid;
    }

    private ReferralSummary draftOrNull(String pid) {
        List<ReferralSummary> found = referrals.list(new ReferralFilter(Set.of(ReferralStatus.DRAFT), null, null,
                null, null, false, pid), 0, 10);
        return found.isEmpty() ? null : found.getFirst();
    }

    private ReferralSummary draftOf(String pid) {
        ReferralSummary draft = draftOrNull(pid);
        assertThat(draft).as("draft of %s", pid).isNotNull();
        return draft;
    }
}
