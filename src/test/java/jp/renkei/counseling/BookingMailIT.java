package jp.renkei.counseling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jp.renkei.Mailboxes;
import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;

/**
 * Mail is a listener of the booking's events: booking sends the counselor a calendar request, cancelling sends
 * its cancellation (the .ics part's media type says which).
 */
@RenkeiIntegrationTest
class BookingMailIT {

    private static final String COUNSELOR = "counselor@toto-u.example.jp";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @Autowired
    BookingService bookings;
    @Autowired
    AvailabilityService availability;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void bookingAndCancellingSendTheCounselorTheInvitationAndItsCancellation() throws Exception {
        signIn.as("liaison");
        long requests = mailsWith("method=REQUEST");
        long cancels = mailsWith("method=CANCEL");
        SlotOffer offer = availability.freeSlots(SessionType.FAMILY, null).get(25);

        BookingDetails booked = bookings.book(new BookingRequest(offer.counselor().id(), SessionType.FAMILY,
                offer.slot().start(), null, "MAIL-1", "郵便 試験"));
        awaitMore("method=REQUEST", requests);
        bookings.cancel(booked.id(), booked.version(), "患者さんの希望");
        awaitMore("method=CANCEL", cancels);
    }

    private void awaitMore(String marker, long before) throws InterruptedException {
        for (int i = 0; i < 100 && mailsWith(marker) <= before; i++) {
            Thread.sleep(100);
        }
        assertThat(mailsWith(marker)).as("mails to the counselor with %s", marker).isGreaterThan(before);
    }

    private long mailsWith(String marker) {
        return Mailboxes.of(smtp, COUNSELOR).stream().map(GreenMailUtil::getWholeMessage)
                .filter(text -> text.contains(marker)).count();
    }
}
