package jp.renkei.counseling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;

/**
 * The field-test bug: counselor 白石 works at 東都 (1) and 青葉台 (3), Tue/Thu afternoons at both. One person
 * has one calendar, whichever hospital books or closes it. "coordinator" books at 東都, "aoba-coordinator" at
 * 青葉台, "liaison2" (房総, partner of both) sees the offers of both.
 */
@RenkeiIntegrationTest
class OnePersonOneCalendarIT {

    private static final HospitalId TOTO = HospitalId.of(1);
    private static final HospitalId AOBA = HospitalId.of(3);
    private static final int ATTEMPTS = 16;
    private static final int ROUNDS = 6;

    @Autowired
    BookingService counseling;
    @Autowired
    AvailabilityService availability;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    jp.renkei.TestClock clock;
    @Autowired
    CounselorDirectory directory;

    @AfterEach
    void signOutAndResetTheClock() {
        signIn.out();
        clock.reset();
    }

    /**
     * The offers mean the same at any hour and around holidays: never in the past, never on a public holiday,
     * within the horizon, and once 東都 books the person, 青葉台 stops offering that hour.
     */
    @ParameterizedTest(name = "at {0} JST")
    @ValueSource(strings = { "2026-12-01T00:30", "2026-12-01T11:45", "2026-12-01T23:30", "2027-02-10T10:00",
            "2027-02-10T23:30" })
    void offersFollowThePersonWhateverTheHour(String tokyo) {
        clock.setTokyo(tokyo);
        java.time.Instant now = clock.instant();
        LocalDate today = LocalDate.parse(tokyo.substring(0, 10));
        signIn.as("liaison2");
        List<SlotOffer> offers = availability.freeSlots(SessionType.PRE_TEST, null);
        assertThat(offers).isNotEmpty().allMatch(o -> o.slot().start().isAfter(now), "starts after now");
        assertThat(offers).extracting(o -> o.slot().start().atZone(JapanTime.ZONE).toLocalDate())
                .noneMatch(jp.renkei.shared.calendar.JapaneseHolidays.bundled()::isHoliday)
                .allMatch(day -> day.isBefore(today.plusWeeks(8)), "within the 8-week horizon")
                .contains(today.plusWeeks(8).minusDays(1).with(java.time.temporal.TemporalAdjusters
                        .previousOrSame(DayOfWeek.FRIDAY)));
        if (today.equals(LocalDate.of(2027, 2, 10))) {
            assertThat(offers).extracting(o -> o.slot().start().atZone(JapanTime.ZONE).toLocalDate())
                    .as("建国記念の日 closes both hospitals; the Friday after is open")
                    .doesNotContain(LocalDate.of(2027, 2, 11)).contains(LocalDate.of(2027, 2, 12));
        }
        Map<HospitalId, SlotOffer> both = offeredByBothHospitals().getFirst();
        signIn.as("coordinator");
        counseling.book(new BookingRequest(both.get(TOTO).counselor().id(), SessionType.PRE_TEST,
                both.get(TOTO).slot().start(), null, "HOUR-" + tokyo, "時刻 試験"));
        signIn.as("aoba-coordinator");
        assertThat(availability.freeSlots(SessionType.PRE_TEST, null)).extracting(SlotOffer::slot)
                .noneMatch(slot -> slot.overlaps(both.get(AOBA).slot()));
    }

    @Test
    void theSamePersonBookedForTheSameHourFromBothHospitalsAtOnceIsBookedOnce() throws Exception {
        List<Map<HospitalId, SlotOffer>> shared = offeredByBothHospitals();
        assertThat(shared).as("Tue/Thu afternoons are offered at both hospitals").hasSizeGreaterThan(ROUNDS * 6);
        ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Map<HospitalId, SlotOffer> both = shared.get(round * 6); // far apart: no buffer between rounds
                List<String> outcomes = race(pool, i -> i % 2 == 0 ? both.get(TOTO) : both.get(AOBA), round);
                assertThat(outcomes).as("round %d", round).filteredOn("booked"::equals).hasSize(1);
                assertThat(overlappingBookingsOfThePerson(both.get(TOTO))).as("round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void overlappingStartsFromTheTwoHospitalsLeaveOneBooking() throws Exception {
        List<Map<HospitalId, SlotOffer>> shared = offeredByBothHospitals();
        ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS);
        try {
            for (int round = 0; round < 3; round++) {
                // 13:00 at 東都 against 13:30 at 青葉台 (the next half hour): the sessions would overlap
                Map<HospitalId, SlotOffer> early = shared.get(shared.size() - 1 - round * 6 - 1);
                Map<HospitalId, SlotOffer> late = shared.get(shared.size() - 1 - round * 6);
                assertThat(late.get(AOBA).slot().start()).isBefore(early.get(TOTO).slot().end());
                List<String> outcomes = race(pool, i -> i % 2 == 0 ? early.get(TOTO) : late.get(AOBA), 100 + round);
                assertThat(outcomes).as("round %d", round).filteredOn("booked"::equals).hasSize(1);
                assertThat(overlappingBookingsOfThePerson(early.get(TOTO))).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBookingAtOneHospitalTakesTheHourOffTheOtherHospitalsOffers() {
        Map<HospitalId, SlotOffer> both = offeredByBothHospitals().get(3);
        signIn.as("coordinator");
        counseling.book(new BookingRequest(both.get(TOTO).counselor().id(), SessionType.PRE_TEST,
                both.get(TOTO).slot().start(), null, "ONE-1", "一人 一予定"));
        signIn.as("aoba-coordinator");
        assertThat(availability.freeSlots(SessionType.PRE_TEST, null)).extracting(SlotOffer::slot)
                .noneMatch(slot -> slot.overlaps(both.get(AOBA).slot()));
    }

    @Test
    void leaveEnteredAtOneHospitalClosesTheOtherHospitalsOffersThatDay() {
        signIn.as("liaison2");
        LocalDate day = offeredByBothHospitals().get(10).get(AOBA).slot().start().atZone(JapanTime.ZONE)
                .toLocalDate();
        signIn.as("counselor"); // acting for 東都, the first of her hospitals
        CounselorProfile toto = availability.myProfile();
        List<AvailabilityException> withLeave = new ArrayList<>(toto.exceptions());
        withLeave.add(new AvailabilityException(day, null, null, AvailabilityException.Kind.CLOSED, "学会出張"));
        availability.publishAvailability(toto.qualification(), toto.languages(), toto.weekly(), withLeave);
        try {
            signIn.as("liaison2");
            List<SlotOffer> offers = availability.freeSlots(SessionType.PRE_TEST, null);
            assertThat(offers)
                    .filteredOn(offer -> offer.slot().start().atZone(JapanTime.ZONE).toLocalDate().equals(day))
                    .as("no hospital offers 白石 on her day of leave").isEmpty();
            long aoba = offers.stream().filter(o -> o.counselor().hospital().equals(AOBA)).findFirst().orElseThrow()
                    .counselor().id();
            assertThat(directory.profile(aoba).leaveElsewhere()).as("青葉台 sees the leave and its reason")
                    .contains(new AvailabilityException(day, null, null, AvailabilityException.Kind.CLOSED, "学会出張"));
        } finally {
            signIn.as("counselor");
            availability.publishAvailability(toto.qualification(), toto.languages(), toto.weekly(), toto.exceptions());
        }
    }

    /** Starts offered for 白石 at both hospitals, in time order, as 房総 sees them. */
    private List<Map<HospitalId, SlotOffer>> offeredByBothHospitals() {
        signIn.as("liaison2");
        Map<java.time.Instant, Map<HospitalId, SlotOffer>> byStart = availability.freeSlots(SessionType.PRE_TEST, null)
                .stream().filter(o -> o.counselor().displayName().equals("白石 真琴"))
                .collect(Collectors.groupingBy(o -> o.slot().start(), java.util.TreeMap::new,
                        Collectors.toMap(o -> o.counselor().hospital(), o -> o, (a, b) -> a)));
        signIn.out();
        return byStart.values().stream().filter(m -> m.size() == 2)
                .filter(m -> m.get(TOTO).slot().start().atZone(JapanTime.ZONE).getDayOfWeek() != DayOfWeek.SATURDAY)
                .toList();
    }

    private List<String> race(ExecutorService pool, java.util.function.IntFunction<SlotOffer> offerOf, int round)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            SlotOffer offer = offerOf.apply(i);
            String user = offer.counselor().hospital().equals(TOTO) ? "coordinator" : "aoba-coordinator";
            results.add(pool.submit(BookingAttempt.of(signIn, counseling, user, offer, "P-" + round + "-" + i,
                    "二院 競合", start)));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        return outcomes;
    }

    /** Active bookings of the person 白石 (user 4), at any hospital, overlapping the offer's slot. */
    private int overlappingBookingsOfThePerson(SlotOffer offer) {
        return jdbc.queryForObject("select count(*) from counseling_booking b join counselor c on c.id = b.counselor_id "
                + "where c.user_id = 4 and b.active_start is not null and b.starts_at < ? and b.ends_at > ?",
                Integer.class, java.sql.Timestamp.from(offer.slot().end()), java.sql.Timestamp.from(offer.slot().start()));
    }
}
