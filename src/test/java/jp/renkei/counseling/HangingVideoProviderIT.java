package jp.renkei.counseling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import jp.renkei.HangingServer;
import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;

/**
 * The video provider's server accepts connections and never answers. Booking a session (which gives it a video
 * link) and opening it must not wait for the provider: the link is made here, no call goes out during the
 * request.
 */
@RenkeiIntegrationTest
@TestPropertySource(properties = "renkei.video.base-url=http://127.0.0.1:" + HangingVideoProviderIT.PORT)
class HangingVideoProviderIT {

    static final int PORT = 18149;
    /** The shortest timeout of a remote call the portal makes (SMTP connect): a wait for the provider would show. */
    private static final Duration PROMPTLY = Duration.ofSeconds(3);

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
    void aBookingAndItsVisitLinkNeverWaitForAHangingVideoProvider() throws Exception {
        try (HangingServer provider = new HangingServer(PORT)) {
            signIn.as("liaison");
            SlotOffer offer = availability.freeSlots(SessionType.PRE_TEST, null).get(7);

            long started = System.nanoTime();
            BookingDetails booked = bookings.book(new BookingRequest(offer.counselor().id(), SessionType.PRE_TEST,
                    offer.slot().start(), null, "VIDEO-HANG-1", "映像 試験"));
            Duration booking = Duration.ofNanos(System.nanoTime() - started);
            started = System.nanoTime();
            BookingDetails opened = bookings.get(booked.id());
            Duration opening = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("hanging-video-provider: booked in %d ms, opened in %d ms, %d connections to the"
                    + " provider%n", booking.toMillis(), opening.toMillis(), provider.connections());

            assertThat(booked.videoUrl()).as("the visit link points at the provider")
                    .startsWith("http://127.0.0.1:" + PORT + "/renkei-");
            assertThat(opened.videoUrl()).isEqualTo(booked.videoUrl());
            assertThat(booking).as("booking time").isLessThan(PROMPTLY);
            assertThat(opening).as("opening the booking").isLessThan(PROMPTLY);
            assertThat(provider.connections()).as("calls to the provider during the requests").isZero();
        }
    }
}
