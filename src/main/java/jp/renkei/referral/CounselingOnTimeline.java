package jp.renkei.referral;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import jp.renkei.shared.JapanTime;
import jp.renkei.shared.referral.CounselingBookedForReferral;
import jp.renkei.shared.tenant.HospitalScopes;

/** Puts counseling bookings made for a referral's patient on that referral's timeline. */
@Component
class CounselingOnTimeline {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(JapanTime.ZONE);

    private final ReferralRepository referrals;
    private final HospitalScopes scopes;
    private final Clock clock;

    CounselingOnTimeline(ReferralRepository referrals, HospitalScopes scopes, Clock clock) {
        this.referrals = referrals;
        this.scopes = scopes;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CounselingBookedForReferral booked) {
        scopes.runAs(booked.actorHospital(), "counseling on referral timeline", () ->
                referrals.findById(booked.referralId()).ifPresent(referral -> referral.noteCounselingBooked(
                        new Actor(booked.actor(), booked.actorName(), booked.actorHospital()),
                        WHEN.format(booked.startsAt()) + " " + booked.counselorName(), clock.instant())));
    }
}
