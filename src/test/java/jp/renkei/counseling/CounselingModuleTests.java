package jp.renkei.counseling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import jp.renkei.SignIn;
import jp.renkei.TestClockConfiguration;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.UserId;

/**
 * The counseling module with only what it depends on (shared, identity, tenancy, referral) on the embedded
 * database with the demo network's people: a booking publishes {@link BookingConfirmed} with what the later
 * modules (expert panel, C-CAT) will need.
 */
// the infrastructure module brings the embedded database; no business module depends on it
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "infrastructure")
@Import({ SignIn.class, TestClockConfiguration.class })
@ActiveProfiles("it")
class CounselingModuleTests {

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
    void bookingASessionConfirmsItToListeners(Scenario scenario) {
        signIn.as("counselor");
        availability.publishAvailability(Qualification.CERTIFIED_GENETIC_COUNSELOR, "ja", List.of(
                new WeeklyWindow(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))), List.of());
        signIn.as("coordinator");
        SlotOffer offer = availability.freeSlots(SessionType.RESULTS, null).getFirst();

        scenario.stimulate(() -> bookings.book(new BookingRequest(offer.counselor().id(), SessionType.RESULTS,
                offer.slot().start(), null, "MOD-1", "単体 試験")))
                .andWaitForEventOfType(BookingConfirmed.class)
                .toArriveAndVerify(confirmed -> {
                    assertThat(confirmed.booking().counselorUser()).isEqualTo(UserId.of(4));
                    assertThat(confirmed.booking().bookingHospital()).isEqualTo(HospitalId.of(1));
                    assertThat(confirmed.booking().counselorHospital()).isEqualTo(HospitalId.of(1));
                    assertThat(confirmed.booking().slot()).isEqualTo(offer.slot());
                    assertThat(confirmed.booking().type()).isEqualTo(SessionType.RESULTS);
                    assertThat(confirmed.actor().name()).isEqualTo("森川 千夏");
                });
    }
}
