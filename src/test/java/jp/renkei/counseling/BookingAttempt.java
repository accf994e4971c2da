package jp.renkei.counseling;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import jp.renkei.SignIn;

/** One person trying to book a slot the moment a shared start signal fires: "booked" or "taken". */
final class BookingAttempt {

    private BookingAttempt() {
    }

    static Callable<String> of(SignIn signIn, BookingService bookings, String user, SlotOffer offer, String pid,
            String patientName, CountDownLatch start) {
        return () -> {
            signIn.as(user);
            try {
                start.await();
                bookings.book(new BookingRequest(offer.counselor().id(), SessionType.PRE_TEST, offer.slot().start(),
                        null, pid, patientName));
                return "booked";
            } catch (SlotTaken e) {
                return "taken";
            } finally {
                signIn.out();
            }
        };
    }
}
