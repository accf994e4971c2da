package jp.renkei.counseling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
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

        BrowserClicks.pickTime($(TimeList.class).single(), 0);

        assertThat($(Button.class).withId("confirm-booking").exists()).as("a confirmation, not a booking yet")
                .isTrue();
        assertThat(bookings.visibleBookingLines().shown()).noneMatch(b -> b.patientName().equals("確認 花子"));
        assertThat($(Paragraph.class).withId("duplicate-warning").exists()).isFalse();
        test($(Button.class).withId("confirm-booking").single()).click();

        assertThat(bookings.visibleBookingLines().shown()).anyMatch(b -> b.patientName().equals("確認 花子"));
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

        BrowserClicks.pickTime($(TimeList.class).single(), 0);

        assertThat($(Paragraph.class).withId("duplicate-warning").single().getText()).contains("検査前説明");
        assertThat($(Button.class).withId("confirm-booking").single().getText()).isEqualTo("確認のうえ予約する");
    }

    @Test
    void aDayClickedInTheSixWeeksShowsThatDaysTimes() {
        signIn.as("liaison");
        navigate(CounselingView.class);
        DayGrid grid = $(DayGrid.class).single();
        List<LocalDate> freeDays = freeDaysDrawn(grid);
        assertThat(freeDays).as("the demo counselor has free times in the coming weeks").hasSizeGreaterThan(1);
        LocalDate later = freeDays.getLast();

        click(grid, later.toString());

        assertThat($(DatePicker.class).withId("booking-date").single().getValue()).isEqualTo(later);
        assertThat((String) grid.getElement().getProperty("innerHTML")).contains("class=\"booking-day selected\" "
                + "data-date=\"" + later + "\"");
        TimeList times = $(TimeList.class).single();
        assertThat(times.shown()).isNotEmpty().allSatisfy(offer -> assertThat(offer.slot().start()
                .atZone(jp.renkei.shared.JapanTime.ZONE).toLocalDate()).isEqualTo(later));
        assertThat((String) times.getElement().getProperty("innerHTML")).contains("class=\"book-slot\"",
                times.shown().getFirst().counselor().displayName());
        BrowserClicks.click(times, "slot", String.valueOf(times.shown().size()));
        BrowserClicks.click(times, "slot", "not a time");
        assertThat($(Button.class).withId("confirm-booking").exists()).as("only drawn times are taken").isFalse();
        LocalDate busyDay = LocalDate.parse("2000-01-03");
        click(grid, busyDay.toString());
        click(grid, "not a date");
        assertThat($(DatePicker.class).withId("booking-date").single().getValue())
                .as("only drawn free days are taken").isEqualTo(later);
    }

    private static List<LocalDate> freeDaysDrawn(DayGrid grid) {
        Matcher free = Pattern.compile("class=\"booking-day (?:free|selected)\" data-date=\"([0-9-]+)\" title=")
                .matcher(grid.getElement().getProperty("innerHTML"));
        List<LocalDate> days = new ArrayList<>();
        while (free.find()) {
            days.add(LocalDate.parse(free.group(1)));
        }
        return days;
    }

    private static void click(DayGrid grid, String date) {
        BrowserClicks.click(grid, "date", date);
    }

    private void patient(String id, String name) {
        test($(TextField.class).withId("booking-patient-id").single()).setValue(id);
        test($(TextField.class).withId("booking-patient-name").single()).setValue(name);
    }
}
