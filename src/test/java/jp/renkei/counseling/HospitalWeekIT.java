package jp.renkei.counseling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.shared.JapanTime;

/**
 * The coordinator's overview reads all the hospital's counselors at once; each counselor's row must say what the
 * counselor's own week page says: the same sessions, the same free times, the same leave. Demo: 白石 ("counselor")
 * counsels at 東都, where "coordinator" works.
 */
@RenkeiIntegrationTest
class HospitalWeekIT {

    @Autowired
    AvailabilityService availability;
    @Autowired
    BookingService counseling;
    @Autowired
    SignIn signIn;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void eachCounselorsRowIsWhatTheirOwnWeekSays() {
        LocalDate monday = LocalDate.now(clock.withZone(JapanTime.ZONE))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        signIn.as("coordinator");
        SlotOffer thisWeek = availability.freeSlots(SessionType.PRE_TEST, null).stream()
                .filter(o -> o.counselor().displayName().equals("白石 真琴"))
                .filter(o -> o.slot().start().isBefore(monday.plusDays(7).atStartOfDay(JapanTime.ZONE).toInstant()))
                .findFirst().orElseThrow();
        counseling.book(new BookingRequest(thisWeek.counselor().id(), SessionType.PRE_TEST, thisWeek.slot().start(),
                null, "WEEK-1", "週 確認"));
        List<CounselorWeek> hospital = availability.hospitalWeek(monday);

        signIn.as("counselor");
        CounselorWeek own = availability.myWeek(monday);

        CounselorWeek row = hospital.stream().filter(w -> w.counselor().id() == own.counselor().id()).findFirst()
                .orElseThrow();
        assertThat(row.sessions()).as("sessions").isEqualTo(own.sessions()).isNotEmpty()
                .anyMatch(s -> s.patientName().equals("週 確認"));
        assertThat(row.freeSlots()).as("free times").isEqualTo(own.freeSlots()).isNotEmpty()
                .doesNotContain(thisWeek.slot());
        assertThat(row.counselor()).as("name and leave").isEqualTo(own.counselor());
        assertThat(hospital).extracting(w -> w.counselor().displayName()).contains("白石 真琴");
    }
}
