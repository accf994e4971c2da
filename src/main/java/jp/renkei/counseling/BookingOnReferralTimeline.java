package jp.renkei.counseling;

import java.time.format.DateTimeFormatter;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import jp.renkei.referral.ReferralId;
import jp.renkei.referral.ReferralTimeline;
import jp.renkei.shared.JapanTime;

/** Puts a session booked for a referral's patient on that referral's timeline, after the booking commits. */
@Component
class BookingOnReferralTimeline {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(JapanTime.ZONE);

    private final ReferralTimeline timeline;

    BookingOnReferralTimeline(ReferralTimeline timeline) {
        this.timeline = timeline;
    }

    // not transactional itself: the timeline opens the hospital scope first, then its transaction
    @ApplicationModuleListener(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    void on(CounselingBookedForReferral booked) {
        timeline.noteCounselingBooked(new ReferralId(booked.referralId()), booked.actor(),
                WHEN.format(booked.startsAt()) + " " + booked.counselorName());
    }
}
