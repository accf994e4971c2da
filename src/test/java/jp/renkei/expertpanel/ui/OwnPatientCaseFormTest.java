package jp.renkei.expertpanel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.referral.Sex;

/**
 * The "自院の症例を登録" form on the case list without a browser: 青葉台's coordinator is told what is missing, then
 * lands on the new case titled by the patient ID; a liaison clinician does not get the form.
 */
@RenkeiIntegrationTest
class OwnPatientCaseFormTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
        clock.reset();
    }

    @Test
    void aCoordinatorIsToldWhatIsMissingThenLandsOnTheNewCase() {
        clock.setTokyo("2036-09-01T10:00");
        signIn.as("aoba-coordinator");
        open();
        OwnPatientCaseForm form = $(OwnPatientCaseForm.class).single();
        test(form.patientId).setValue("A-90001");
        test(form.nameKanji).setValue("仙台 一郎");
        test(form.nameKana).setValue("センダイ イチロウ");
        test(form.birthDate).setValue(LocalDate.of(1970, 2, 3));
        form.sex.setValue(Sex.MALE);
        test(form.cancerType).setValue("COAD");
        test(form.summary).setValue("大腸癌、肝・肺転移。三次治療中。");
        long before = jdbc.queryForObject("select count(*) from panel_case", Long.class);

        test(form.save).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("担当医の氏名を入力してください（100文字以内）");
        assertThat(jdbc.queryForObject("select count(*) from panel_case", Long.class)).isEqualTo(before);
        assertThat(form.patientId.getValue()).as("what was typed stays").isEqualTo("A-90001");

        test(form.physician).setValue("大崎 真理");
        test(form.save).click();
        PanelCaseView opened = (PanelCaseView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        assertThat(opened.title.getText()).isEqualTo("パネル症例（自院患者ID A-90001）");
    }

    @Test
    void aLiaisonClinicianSeesTheListWithoutTheForm() {
        signIn.as("liaison");
        open();
        assertThat($(OwnPatientCaseForm.class).all()).isEmpty();
    }

    private PanelCasesView open() {
        return navigate("panels/cases", PanelCasesView.class);
    }
}
