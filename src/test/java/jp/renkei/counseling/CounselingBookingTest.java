package jp.renkei.counseling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.UserId;
import jp.renkei.shared.workflow.Actor;

/** The booking aggregate on its own: transitions, refusals, the events it registers and the steps it offers. */
class CounselingBookingTest {

    private static final HospitalId SAGAMINO = HospitalId.of(5);
    private static final HospitalId TOTO = HospitalId.of(1);
    private static final Instant START = LocalDateTime.parse("2026-12-03T13:00").atZone(JapanTime.ZONE).toInstant();
    private static final Instant BEFORE = START.minus(Duration.ofDays(2));
    private static final Instant AFTER = START.plus(Duration.ofMinutes(70));

    private final BookingViewer clinician = new BookingViewer(new Actor(UserId.of(1), "山野 遥", SAGAMINO),
            Set.of(Role.LIAISON_CLINICIAN));
    private final BookingViewer counselor = new BookingViewer(new Actor(UserId.of(4), "白石 真琴", TOTO),
            Set.of(Role.GENETIC_COUNSELOR));
    private final BookingViewer panelist = new BookingViewer(new Actor(UserId.of(5), "黒田 修", TOTO),
            Set.of(Role.PANEL_MEMBER));

    @Test
    void bookingRegistersConfirmedWithWhatListenersNeed() {
        CounselingBooking booking = booked(42L);

        assertThat(booking.domainEvents()).singleElement().isInstanceOfSatisfying(BookingConfirmed.class, e -> {
            assertThat(e.booking().bookingId()).isEqualTo(42L);
            assertThat(e.booking().bookingHospital()).isEqualTo(SAGAMINO);
            assertThat(e.booking().counselorHospital()).isEqualTo(TOTO);
            assertThat(e.booking().counselorUser()).isEqualTo(UserId.of(4));
            assertThat(e.booking().slot().start()).isEqualTo(START);
            assertThat(e.booking().type()).isEqualTo(SessionType.PRE_TEST);
            assertThat(e.booking().referralId()).isEqualTo(9L);
            assertThat(e.actor()).isEqualTo(clinician.actor());
        });
        booking.clearDomainEvents();
        assertThat(booking.domainEvents()).isEmpty();
    }

    @Test
    void beforeTheSessionTheBookingSideMayMoveOrCancelItAndNobodyRecordsAnOutcome() {
        CounselingBooking booking = booked(1L);

        assertThat(booking.nextSteps(clinician, BEFORE)).containsExactly(BookingStep.RESCHEDULE, BookingStep.CANCEL);
        assertThat(booking.nextSteps(counselor, BEFORE)).containsExactly(BookingStep.CANCEL);
        assertThat(booking.nextSteps(panelist, BEFORE)).isEmpty();
        assertThatThrownBy(() -> booking.recordOutcome(true, false, null, counselor, BEFORE))
                .isInstanceOf(CounselingRefused.class).hasMessageContaining("counseling.error.notYetHeld");
    }

    @Test
    void afterTheStartTheCounselorRecordsTheOutcomeAndTheClinicianCanNoLongerCancel() {
        CounselingBooking booking = booked(1L);

        assertThat(booking.nextSteps(clinician, AFTER)).isEmpty();
        assertThat(booking.nextSteps(counselor, AFTER)).containsExactly(BookingStep.RECORD_NO_SHOW,
                BookingStep.RECORD_OUTCOME);
        assertThatThrownBy(() -> booking.cancel("遅すぎる", clinician, AFTER))
                .isInstanceOf(CounselingRefused.class).hasMessageContaining("counseling.error.alreadyStarted");

        booking.clearDomainEvents();
        booking.recordOutcome(true, false, "追加検査を推奨", counselor, AFTER);
        assertThat(booking.status()).isEqualTo(BookingStatus.COMPLETED);
        assertThat(booking.domainEvents()).singleElement().isInstanceOf(SessionAttended.class);
        assertThat(booking.nextSteps(counselor, AFTER)).as("the counselor may correct the outcome")
                .containsExactly(BookingStep.RECORD_OUTCOME);
    }

    @Test
    void rescheduleKeepsOldAndNewTimesInHistoryAndEvent() {
        CounselingBooking booking = booked(1L);
        booking.clearDomainEvents();
        TimeRange later = new TimeRange(START.plus(Duration.ofDays(1)), START.plus(Duration.ofDays(1)).plus(
                Duration.ofHours(1)));

        booking.reschedule(later, "ご都合により", clinician, BEFORE);

        assertThat(booking.history().getLast().detail()).isEqualTo("2026-12-03 13:00 → 2026-12-04 13:00");
        assertThat(booking.history().getLast().note()).isEqualTo("ご都合により");
        assertThat(booking.history().getLast().actorHospitalId()).isEqualTo(SAGAMINO.value());
        assertThat(booking.icsSequence()).isEqualTo(1);
        assertThat(booking.domainEvents()).singleElement().isInstanceOfSatisfying(BookingRescheduled.class, e -> {
            assertThat(e.previous().start()).isEqualTo(START);
            assertThat(e.booking().slot()).isEqualTo(later);
        });
    }

    @Test
    void cancellingNeedsAReasonFreesTheTimeAndEndsTheBooking() {
        CounselingBooking booking = booked(1L);
        assertThatThrownBy(() -> booking.cancel(" ", clinician, BEFORE)).isInstanceOf(CounselingRefused.class)
                .hasMessageContaining("counseling.error.reasonRequired");

        booking.cancel("患者さんの希望", counselor, BEFORE);

        assertThat(booking.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(ReflectionTestUtils.getField(booking, "activeStart")).as("the time is free again").isNull();
        assertThat(booking.domainEvents()).last().isInstanceOf(BookingCancelled.class);
        assertThat(booking.nextSteps(clinician, BEFORE)).isEmpty();
        assertThatThrownBy(() -> booking.reschedule(booking.slot(), null, clinician, BEFORE))
                .isInstanceOf(CounselingRefused.class).hasMessageContaining("counseling.error.notBooked");
    }

    @Test
    void onlyTheCounselorsSideRecordsANoShow() {
        CounselingBooking booking = booked(1L);
        BookingViewer coordinatorOfTheBookingSide = new BookingViewer(new Actor(UserId.of(9), "平井 綾", SAGAMINO),
                Set.of(Role.CORE_COORDINATOR));

        assertThatThrownBy(() -> booking.recordNoShow(coordinatorOfTheBookingSide, AFTER))
                .isInstanceOf(CounselingRefused.class).hasMessageContaining("counseling.error.notYourStep");
        booking.recordNoShow(counselor, AFTER);
        assertThat(booking.status()).isEqualTo(BookingStatus.NO_SHOW);
        assertThat(booking.domainEvents()).last().isInstanceOf(SessionMissed.class);
    }

    private CounselingBooking booked(long id) {
        Counselor shiraishi = new Counselor(TOTO, UserId.of(4), "白石 真琴", null, BEFORE);
        ReflectionTestUtils.setField(shiraishi, "id", 7L);
        CounselingBooking booking = CounselingBooking.book(clinician.actor(), shiraishi, 9L, "S-1", "試験 太郎",
                SessionType.PRE_TEST, new TimeRange(START, START.plus(Duration.ofHours(1))), "https://video.example/x",
                "uid@renkei", BEFORE.minus(Duration.ofDays(1)));
        ReflectionTestUtils.setField(booking, "id", id); // as the insert would
        return booking;
    }
}
