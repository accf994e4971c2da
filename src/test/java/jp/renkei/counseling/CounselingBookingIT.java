package jp.renkei.counseling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.referral.ReferralService;
import jp.renkei.referral.ReferralSummary;

/**
 * Booking on the real database. Demo: counselor 白石 at 東都 (1, partner of 相模野 = user "liaison");
 * 房総 (user "liaison2") is also a partner of 東都 but must not see 相模野's bookings.
 */
@RenkeiIntegrationTest
class CounselingBookingIT {

    private static final int ATTEMPTS = 50;
    private static final int ROUNDS = 20;
    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(jp.renkei.shared.JapanTime.ZONE);

    @Autowired
    BookingService counseling;
    @Autowired
    AvailabilityService availability;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReferralService referrals;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void fiftyConcurrentAttemptsOnOneSlotLeaveExactlyOneBooking() throws Exception {
        signIn.as("liaison");
        List<SlotOffer> offers = availability.freeSlots(SessionType.PRE_TEST, null);
        signIn.out();
        assertThat(offers).as("demo counselor has free slots").hasSizeGreaterThanOrEqualTo(ROUNDS * 3);
        ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                // every third offer: 60-min sessions on a 30-min grid would otherwise overlap each other's buffer
                SlotOffer offer = offers.get(round * 3);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> results = new ArrayList<>();
                for (int i = 0; i < ATTEMPTS; i++) {
                    String user = i % 2 == 0 ? "liaison" : "coordinator";
                    String pid = "C-" + round + "-" + i;
                    results.add(pool.submit(BookingAttempt.of(signIn, counseling, user, offer, pid, "競合 試験", start)));
                }
                start.countDown();
                List<String> outcomes = new ArrayList<>();
                for (Future<String> result : results) {
                    outcomes.add(result.get());
                }
                assertThat(outcomes).as("round %d", round).filteredOn("booked"::equals).hasSize(1);
                assertThat(outcomes).as("round %d", round).filteredOn("taken"::equals).hasSize(ATTEMPTS - 1);
                Integer rows = jdbc.queryForObject("select count(*) from counseling_booking where counselor_id = ? "
                        + "and active_start is not null and starts_at < ? and ends_at > ?", Integer.class,
                        offer.counselor().id(), java.sql.Timestamp.from(offer.slot().end()),
                        java.sql.Timestamp.from(offer.slot().start()));
                assertThat(rows).as("booking rows overlapping the slot in round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anotherLiaisonHospitalSeesNeitherTheBookingNorItsVideoLink() {
        signIn.as("liaison");
        SlotOffer offer = availability.freeSlots(SessionType.RESULTS, null).getLast();
        BookingDetails booked = counseling.book(new BookingRequest(offer.counselor().id(), SessionType.RESULTS,
                offer.slot().start(), null, "ISO-1", "分離 試験"));
        assertThat(booked.videoUrl()).matches("https://.+/renkei-[0-9a-f]{32}");

        signIn.as("liaison2");
        assertThat(counseling.visibleBookingLines().shown()).extracting(BookingLine::id).doesNotContain(booked.id());
        assertThatThrownBy(() -> counseling.get(booked.id())).isInstanceOf(BookingNotFound.class);
        assertThatThrownBy(() -> ics(booked.id())).isInstanceOf(BookingNotFound.class);
        assertThat(availability.freeSlots(SessionType.RESULTS, booked.counselor().id())).extracting(SlotOffer::slot)
                .as("the slot is busy for everyone").doesNotContain(booked.slot());

        signIn.as("counselor");
        assertThat(counseling.get(booked.id()).videoUrl()).isEqualTo(booked.videoUrl());
    }

    @Test
    void rescheduleKeepsTheCalendarUidAndCancelFreesTheSlot() {
        signIn.as("coordinator");
        List<SlotOffer> offers = availability.freeSlots(SessionType.FAMILY, null);
        SlotOffer first = offers.get(offers.size() - 10);
        BookingDetails booked = counseling.book(new BookingRequest(first.counselor().id(), SessionType.FAMILY,
                first.slot().start(), null, "RS-1", "変更 試験"));
        String ics = ics(booked.id());
        SlotOffer later = availability.freeSlots(SessionType.FAMILY, first.counselor().id()).getLast();

        BookingDetails moved = counseling.reschedule(booked.id(), booked.version(), later.slot().start(), "ご都合により");
        String movedIcs = ics(booked.id());
        assertThat(uid(movedIcs)).isEqualTo(uid(ics));
        assertThat(movedIcs).contains("SEQUENCE:1").contains("METHOD:REQUEST");
        assertThat(availability.freeSlots(SessionType.FAMILY, first.counselor().id())).extracting(SlotOffer::slot)
                .contains(first.slot()).doesNotContain(moved.slot());

        BookingDetails cancelled = counseling.cancel(moved.id(), moved.version(), "キャンセル希望");
        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(ics(booked.id())).contains("METHOD:CANCEL").contains("SEQUENCE:2");
        assertThat(availability.freeSlots(SessionType.FAMILY, first.counselor().id())).extracting(SlotOffer::slot)
                .contains(moved.slot());
        assertThat(cancelled.history()).extracting(jp.renkei.shared.workflow.HistoryEntry::action)
                .containsExactly("BOOKED", "RESCHEDULED", "CANCELLED");
        assertThat(cancelled.history().get(1).detail()).as("the history shows the old and the new time")
                .isEqualTo(WHEN.format(first.slot().start()) + " → " + WHEN.format(later.slot().start()));
        assertThat(cancelled.nextSteps()).as("nothing more can happen to a cancelled booking").isEmpty();
        assertThatThrownBy(() -> counseling.cancel(moved.id(), moved.version(), "again"))
                .isInstanceOf(jp.renkei.shared.workflow.ChangedConcurrently.class);
        assertThatThrownBy(() -> counseling.cancel(cancelled.id(), cancelled.version(), "again"))
                .isInstanceOf(CounselingRefused.class).hasMessageContaining("counseling.error.notBooked");
    }

    @Test
    void aSlotOutsideTheCounselorsHoursCannotBeBooked() {
        signIn.as("liaison");
        SlotOffer offer = availability.freeSlots(SessionType.PRE_TEST, null).getFirst();
        java.time.Instant night = offer.slot().start().atZone(jp.renkei.shared.JapanTime.ZONE).toLocalDate()
                .atTime(22, 0).atZone(jp.renkei.shared.JapanTime.ZONE).toInstant();
        assertThatThrownBy(() -> counseling.book(new BookingRequest(offer.counselor().id(), SessionType.PRE_TEST, night,
                null, "N-1", "夜間 試験"))).isInstanceOf(SlotTaken.class);
        assertThat(Duration.between(offer.slot().start(), offer.slot().end())).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void aBookingMadeForAReferralAppearsOnTheReferralsTimeline() throws Exception {
        signIn.as("liaison");
        ReferralSummary referral = counseling.referralsForCounseling().getFirst();
        SlotOffer offer = availability.freeSlots(SessionType.PRE_TEST, null).get(12);
        counseling.book(new BookingRequest(offer.counselor().id(), SessionType.PRE_TEST, offer.slot().start(),
                referral.id().value(), null, null));

        java.util.function.Supplier<Boolean> onTimeline = () -> referrals.get(referral.id()).timeline().stream()
                .anyMatch(entry -> entry.step() == jp.renkei.referral.ReferralStep.COUNSELING_BOOKED
                        && entry.note().contains(offer.counselor().displayName()));
        for (int i = 0; i < 100 && !onTimeline.get(); i++) {
            Thread.sleep(100);
        }
        assertThat(onTimeline.get()).as("the referral's timeline shows the booked session").isTrue();
    }

    @Test
    void aSecondActiveSessionOfTheSameKindForThePatientIsReportedBeforeBooking() {
        signIn.as("liaison");
        List<SlotOffer> offers = availability.freeSlots(SessionType.SECONDARY_FINDINGS, null);
        SlotOffer first = offers.get(offers.size() - 20);
        SlotOffer second = offers.getLast();
        BookingDetails booked = counseling.book(new BookingRequest(first.counselor().id(),
                SessionType.SECONDARY_FINDINGS, first.slot().start(), null, "DUP-1", "重複 試験"));

        assertThat(counseling.activeBookingsLike(new BookingRequest(second.counselor().id(),
                SessionType.SECONDARY_FINDINGS, second.slot().start(), null, "DUP-1", "重複 試験")))
                .extracting(BookingDetails::id).containsExactly(booked.id());
        assertThat(counseling.activeBookingsLike(new BookingRequest(second.counselor().id(), SessionType.FAMILY,
                second.slot().start(), null, "DUP-1", "重複 試験"))).as("another kind of session").isEmpty();
        counseling.cancel(booked.id(), booked.version(), "重複のため");
        assertThat(counseling.activeBookingsLike(new BookingRequest(second.counselor().id(),
                SessionType.SECONDARY_FINDINGS, second.slot().start(), null, "DUP-1", "重複 試験")))
                .as("a cancelled session is no duplicate").isEmpty();
    }

    private String ics(long bookingId) {
        return new String(counseling.icsOf(bookingId).content(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String uid(String ics) {
        return ics.lines().filter(l -> l.startsWith("UID:")).findFirst().orElseThrow();
    }
}
