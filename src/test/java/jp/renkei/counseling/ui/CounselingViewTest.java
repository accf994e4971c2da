package jp.renkei.counseling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.counseling.AvailabilityService;
import jp.renkei.counseling.BookingRequest;
import jp.renkei.counseling.BookingService;
import jp.renkei.counseling.SessionType;
import jp.renkei.counseling.SlotOffer;

/** Booking without a browser: a day, a time, a confirmation; a second session of the same kind is warned about. */
@RenkeiIntegrationTest
class CounselingViewTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;
    @Autowired
    BookingService bookings;
    @Autowired
    AvailabilityService availability;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aTimeIsBookedOnlyAfterTheConfirmation() {
        signIn.as("liaison");
        navigate(CounselingView.class);
        patient("VT-1", "確認 花子");

        test($(Button.class).withClassName("book-slot").first()).click();

        assertThat($(Button.class).withId("confirm-booking").exists()).as("a confirmation, not a booking yet")
                .isTrue();
        assertThat(bookings.visibleBookings()).noneMatch(b -> b.patientHospitalId().equals("VT-1"));
        assertThat($(Paragraph.class).withId("duplicate-warning").exists()).isFalse();
        test($(Button.class).withId("confirm-booking").single()).click();

        assertThat(bookings.visibleBookings()).anyMatch(b -> b.patientHospitalId().equals("VT-1"));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).startsWith("counseling/bookings/");
    }

    @Test
    void aSecondSessionOfTheSameKindForThePatientIsWarnedAboutButAllowed() {
        signIn.as("liaison");
        SlotOffer earlier = availability.freeSlots(SessionType.PRE_TEST, null).getLast();
        bookings.book(new BookingRequest(earlier.counselor().id(), SessionType.PRE_TEST, earlier.slot().start(), null,
                "VT-2", "重複 次郎"));
        navigate(CounselingView.class);
        patient("VT-2", "重複 次郎");

        test($(Button.class).withClassName("book-slot").first()).click();

        assertThat($(Paragraph.class).withId("duplicate-warning").single().getText()).contains("検査前説明");
        assertThat($(Button.class).withId("confirm-booking").single().getText()).isEqualTo("確認のうえ予約する");
    }

    private void patient(String id, String name) {
        test($(TextField.class).withId("booking-patient-id").single()).setValue(id);
        test($(TextField.class).withId("booking-patient-name").single()).setValue(name);
    }
}
