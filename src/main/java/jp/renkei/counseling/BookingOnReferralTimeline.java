package jp.renkei.counseling;

import java.time.format.DateTimeFormatter;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import jp.renkei.referral.ReferralId;
import jp.renkei.referral.ReferralTimeline;
import jp.renkei.shared.JapanTime;

/** Puts a session booked for a referral's patient on that referral's timeline, after the booking commits. */
@Component
class BookingOnReferralTimeline {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(JapanTime.ZONE);

    private final ReferralTimeline timeline;
    private final CounselorRepository counselors;

    BookingOnReferralTimeline(ReferralTimeline timeline, CounselorRepository counselors) {
        this.timeline = timeline;
        this.counselors = counselors;
    }

    // not transactional itself: the timeline opens the hospital scope first, then its transaction
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(BookingConfirmed confirmed) {
        BookedSession booking = confirmed.booking();
        if (booking.referralId() == null) {
            return;
        }
        String counselor = counselors.findById(booking.counselorId()).map(Counselor::displayName).orElse("");
        timeline.noteCounselingBooked(new ReferralId(booking.referralId()), confirmed.actor(),
                WHEN.format(booking.slot().start()) + " " + counselor);
    }
}
