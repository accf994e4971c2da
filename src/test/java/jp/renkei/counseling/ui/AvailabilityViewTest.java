package jp.renkei.counseling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.counseling.AvailabilityService;
import jp.renkei.counseling.CounselorProfile;

/** The counselor's page: hours and leave read as sentences until opened for editing, and kept when not edited. */
@RenkeiIntegrationTest
class AvailabilityViewTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;
    @Autowired
    AvailabilityService availability;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theHoursReadAsASentenceAndBecomeRowsOfFieldsWhenOpened() {
        signIn.as("counselor");
        navigate(AvailabilityView.class);

        assertThat($(Paragraph.class).withId("weekly-summary").single().getText())
                .contains("月曜日 09:00–12:00・13:00–17:00");
        assertThat($(HorizontalLayout.class).withClassName("window-row").all()).isEmpty();

        test($(Button.class).withId("edit-availability").single()).click();

        assertThat($(HorizontalLayout.class).withClassName("window-row").all())
                .hasSize(availability.myProfile().weekly().size());
        assertThat($(Button.class).withId("edit-availability").exists()).isFalse();
    }

    @Test
    void savingWithoutOpeningTheEditorsKeepsTheHoursAndLeave() {
        signIn.as("counselor");
        CounselorProfile before = availability.myProfile();
        navigate(AvailabilityView.class);

        $(TextField.class).all().getFirst().setValue("ja, en, zh");
        test($(Button.class).withId("publish-availability").single()).click();

        CounselorProfile after = availability.myProfile();
        assertThat(after.languages()).isEqualTo("ja, en, zh");
        assertThat(after.weekly()).isEqualTo(before.weekly());
        assertThat(after.exceptions()).isEqualTo(before.exceptions());
        availability.publishAvailability(before.qualification(), before.languages(), before.weekly(),
                before.exceptions());
    }

    @Test
    void aSecondWindowOverlappingAnotherOnTheSameDayIsRefusedAndNothingIsSaved() {
        signIn.as("counselor");
        CounselorProfile before = availability.myProfile();
        navigate(AvailabilityView.class);
        test($(Button.class).withId("edit-availability").single()).click();
        $(TextField.class).all().getFirst().setValue("ja, en, ko");

        test($(Button.class).withId("add-window").single()).click(); // a new row is Monday 09:00–12:00, as is one above
        test($(Button.class).withId("publish-availability").single()).click();

        assertThat(test($(Notification.class).last()).getText()).contains("月曜日の対応時間が重なっています", "09:00–12:00");
        CounselorProfile after = availability.myProfile();
        assertThat(after.weekly()).isEqualTo(before.weekly());
        assertThat(after.languages()).as("nothing saved").isEqualTo(before.languages());
    }
}
