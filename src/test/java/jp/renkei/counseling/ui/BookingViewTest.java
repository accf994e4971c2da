package jp.renkei.counseling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.counseling.AvailabilityService;
import jp.renkei.counseling.BookingDetails;
import jp.renkei.counseling.BookingRequest;
import jp.renkei.counseling.BookingService;
import jp.renkei.counseling.SessionType;
import jp.renkei.counseling.SlotOffer;

/**
 * The booking page without a browser: what the clinician reads and may do, before and after cancelling, reached
 * through component queries.
 */
@RenkeiIntegrationTest
class BookingViewTest extends SpringBrowserlessTest {

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
    void aBookedSessionShowsTheYearTheVideoLinkAndOnlyTheStepsTheBookingOffers() {
        BookingDetails booked = bookAsLiaison();

        navigate("counseling/bookings/" + booked.id(), BookingView.class);

        assertThat($(H2.class).first().getText()).contains(booked.slot().start().atZone(
                jp.renkei.shared.JapanTime.ZONE).getYear() + "年");
        assertThat($(Anchor.class).withId("video-link").exists()).isTrue();
        assertThat(actionButtons()).containsExactly("日時を変更", "予約をキャンセル");
    }

    @Test
    void aCancelledSessionHidesItsVideoLinkAndOffersNothingMore() {
        BookingDetails booked = bookAsLiaison();
        bookings.cancel(booked.id(), booked.version(), "患者さんの希望");

        navigate("counseling/bookings/" + booked.id(), BookingView.class);

        assertThat($(FormLayout.class).withId("booking-facts").single().getElement().getTextRecursively())
                .contains("キャンセル");
        assertThat($(Anchor.class).withId("video-link").exists()).isFalse();
        assertThat(actionButtons()).isEmpty();
        assertThat($(VerticalLayout.class).withId("booking-history").single().getElement().getTextRecursively())
                .contains("キャンセル", "患者さんの希望");
    }

    @Test
    void reschedulingPicksADayAndATimeAndTheHistoryShowsOldAndNewTimes() {
        BookingDetails booked = bookAsLiaison();
        navigate("counseling/bookings/" + booked.id(), BookingView.class);

        test($(Button.class).withId("booking-reschedule").single()).click();
        TimeList times = $(TimeList.class).single();
        BrowserClicks.pickTime(times, times.shown().size() - 1);
        test($(com.vaadin.flow.component.textfield.TextArea.class).withId("reschedule-reason").single())
                .setValue("ご家族の都合");
        test($(Button.class).withId("confirm-reschedule").single()).click();

        String history = $(VerticalLayout.class).withId("booking-history").single().getElement().getTextRecursively();
        assertThat(history).contains("日時変更", "→", "ご家族の都合");
        assertThat(bookings.get(booked.id()).slot()).isNotEqualTo(booked.slot());
    }

    private java.util.List<String> actionButtons() {
        return $(HorizontalLayout.class).withId("booking-actions").single().getChildren()
                .map(c -> ((Button) c).getText()).toList();
    }

    private BookingDetails bookAsLiaison() {
        signIn.as("liaison");
        SlotOffer offer = availability.freeSlots(SessionType.RESULTS, null).get(40);
        return bookings.book(new BookingRequest(offer.counselor().id(), SessionType.RESULTS, offer.slot().start(),
                null, "VIEW-1", "画面 試験"));
    }
}
