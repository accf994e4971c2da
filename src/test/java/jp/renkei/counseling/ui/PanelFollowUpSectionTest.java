package jp.renkei.counseling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.counseling.SessionType;

/**
 * 「パネル結果に基づく遺伝カウンセリング依頼」 on the counseling page: the demo's secondary finding (S-100088, BRCA2) waits
 * for 相模野's clinician, and "Book" puts that referral and a secondary-findings session into the booking form.
 */
@RenkeiIntegrationTest
class PanelFollowUpSectionTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theDemoRequestIsListedAndBookFillsTheForm() {
        signIn.as("liaison");
        CounselingView view = navigate(CounselingView.class);
        PanelFollowUpSection section = $(PanelFollowUpSection.class).single();
        assertThat(section.isVisible()).isTrue();
        assertThat(test(section.requests).getCellText(0, 0)).isEqualTo("R-000008　斎藤 大輔");
        assertThat(test(section.requests).getCellText(0, 1)).isEqualTo("BRCA2");

        test((Button) test(section.requests).getCellComponent(0, 3)).click();

        assertThat(view.referral.getValue().id().display()).isEqualTo("R-000008");
        assertThat(view.type.getValue()).isEqualTo(SessionType.SECONDARY_FINDINGS);
        assertThat(view.referral.getLazyDataView().getItems()).as("offered when the list is opened")
                .anyMatch(r -> r.id().display().equals("R-000008"));
    }

    @Test
    void anotherLiaisonHospitalHasNoSuchRequest() {
        signIn.as("liaison2");
        navigate(CounselingView.class);
        assertThat($(PanelFollowUpSection.class).exists()).as("hidden: nothing waits there").isFalse();
    }
}
