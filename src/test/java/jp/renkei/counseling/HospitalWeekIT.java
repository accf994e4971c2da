package jp.renkei.counseling;

import static org.assertj.core.api.Assertions.assertThat;

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

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void eachCounselorsRowIsWhatTheirOwnWeekSays() {
        signIn.as("counselor");
        long counselorRow = availability.myWeek(LocalDate.of(2026, 11, 30)).counselor().id();
        signIn.as("coordinator");
        // the week of the counselor's first free time: other tests book this week's times in a full run
        SlotOffer free = availability.freeSlots(SessionType.PRE_TEST, null).stream()
                .filter(o -> o.counselor().id() == counselorRow).findFirst().orElseThrow();
        LocalDate monday = LocalDate.ofInstant(free.slot().start(), JapanTime.ZONE)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        counseling.book(new BookingRequest(free.counselor().id(), SessionType.PRE_TEST, free.slot().start(),
                null, "WEEK-1", "週 確認"));
        List<CounselorWeek> hospital = availability.hospitalWeek(monday);

        signIn.as("counselor");
        CounselorWeek own = availability.myWeek(monday);

        CounselorWeek row = hospital.stream().filter(w -> w.counselor().id() == own.counselor().id()).findFirst()
                .orElseThrow();
        assertThat(row.sessions()).as("sessions").isEqualTo(own.sessions()).isNotEmpty()
                .anyMatch(s -> s.patientName().equals("週 確認"));
        assertThat(row.freeSlots()).as("free times").isEqualTo(own.freeSlots())
                .doesNotContain(free.slot());
        assertThat(row.counselor()).as("name and leave").isEqualTo(own.counselor());
    }
}
