package jp.renkei.expertpanel.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.expertpanel.review.EvidenceLevel;
import jp.renkei.expertpanel.review.TherapyRoute;
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
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.ui.PlainTableCells;

/** The case page without a browser: 東都's coordinator pastes CSV, 相模野's liaison clinician only reads. */
@RenkeiIntegrationTest
class PanelCaseViewTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;
    @Autowired
    ReferralService referrals;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
        clock.reset();
    }

    @Test
    void aBadCsvRowIsNamedAndNothingIsImportedThenTheGoodFileShowsWithTheVerdict() {
        long caseId = openCase();
        signIn.as("coordinator");
        PanelCaseView view = open("panels/cases/" + caseId);
        assertThat(view.title.getText()).startsWith("パネル症例（紹介番号");
        assertThat(view.facts.getText()).contains("PAAD");
        assertThat(view.entryForm).as("built only when opened").isNull();
        test(view.entry.opener).click();
        VariantEntryForm entry = view.entryForm;

        test(entry.csv).setValue("gene,alteration,vaf,pathogenicity,germline_suspected\n"
                + "KRAS,p.G12D,35.2,pathogenic,false\nTP53,p.R175H,40,harmful,false\n");
        test(entry.importCsv).click();
        assertThat(test($(Notification.class).last()).getText()).contains("3行目", "pathogenicity",
                "何も取り込んでいません");
        assertThat(PlainTableCells.rows(view.variants)).isEmpty();

        test(entry.csv).setValue("gene,alteration,vaf,pathogenicity,germline_suspected\n"
                + "KRAS,p.G12D,35.2,pathogenic,false\nTP53,p.R175H,40,vus,true\n");
        test(entry.importCsv).click();
        assertThat(PlainTableCells.rows(view.variants)).hasSize(2);
        assertThat(PlainTableCells.cell(view.variants, 0, 3)).isEqualTo("病的");
        assertThat(PlainTableCells.cell(view.variants, 1, 4)).isEqualTo("疑いあり");
        assertThat(view.verdict.getElement().getTextRecursively()).contains("持ち回り協議で検討できます",
                "ep.composition.solid.2025");

        RecommendationForm form = entry.recommendation;
        form.variant.setValue(form.variant.getListDataView().getItem(0));
        form.level.setValue(EvidenceLevel.B);
        form.therapy.setValue("ソトラシブ");
        form.route.setValue(TherapyRoute.CLINICAL_TRIAL);
        test(form.save).click();
        assertThat(test($(Notification.class).last()).getText()).contains("jRCT");
        form.trialId.setValue("jRCT2031230000");
        test(form.save).click();
        assertThat(PlainTableCells.cell(view.variants, 0, 5)).contains("レベルB", "ソトラシブ", "治験", "jRCT2031230000");
    }

    @Test
    void theReferringLiaisonReadsWithoutTheEntryForm() {
        long caseId = openCase();
        signIn.as("coordinator");
        PanelCaseView atToto = open("panels/cases/" + caseId);
        test(atToto.entry.opener).click();
        VariantEntryForm entry = atToto.entryForm;
        entry.gene.setValue("BRAF");
        entry.alteration.setValue("p.V600E");
        entry.vaf.setValue("abc");
        entry.pathogenicity.setValue(jp.renkei.expertpanel.review.Pathogenicity.PATHOGENIC);
        test(entry.add).click();
        assertThat(test($(Notification.class).last()).getText()).contains("VAF");
        entry.vaf.setValue("12.5");
        test(entry.add).click();
        assertThat(PlainTableCells.rows(atToto.variants)).hasSize(1);

        signIn.as("liaison");
        navigate("", Component.class); // their own browser: the page is built anew, not the one left open
        UI.getCurrent().setLocale(Locale.ENGLISH);
        PanelCaseView view = open("panels/cases/" + caseId);
        assertThat(view.entry.isVisible()).isFalse();
        assertThat(PlainTableCells.cell(view.variants, 0, 0)).isEqualTo("BRAF");
        assertThat(view.getElement().getTextRecursively()).contains("Simplified review").doesNotContain("!panel.");
    }

    private PanelCaseView open(String location) {
        return navigate(location, PanelCaseView.class);
    }

    private long openCase() {
        signIn.as("liaison");
        var content = new ReferralContent(
                new PatientParticulars("EW-" + System.nanoTime() % 1_000_000, "試験 花子", "シケン ハナコ",
                        LocalDate.of(1970, 5, 1), Sex.FEMALE),
                new ClinicalDetails("PAAD", "IV", 2, StandardTreatmentStatus.ENDED, 1, "膵癌、二次治療後に増悪。"),
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
        return jdbc.queryForObject("select id from panel_case where referral_id = ?", Long.class, sent.id().value());
    }
}
