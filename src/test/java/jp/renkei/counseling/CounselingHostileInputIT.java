package jp.renkei.counseling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.shared.text.InputRefused;

/** The counseling services check typed names, reasons and notes themselves, whatever the browser let through. */
@RenkeiIntegrationTest
class CounselingHostileInputIT {

    @Autowired
    BookingService counseling;
    @Autowired
    AvailabilityService availability;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aPatientNameWithAnOverrideIsRefusedAndNothingIsBooked() {
        signIn.as("liaison");
        SlotOffer offer = offers().get(offers().size() - 20);

        assertThatThrownBy(() -> counseling.book(new BookingRequest(offer.counselor().id(), SessionType.RESULTS,
                offer.slot().start(), null, "HOSTILE-1", "試験\u202E子花")))
                .isInstanceOfSatisfying(InputRefused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("input.bidiControl");
                    assertThat(refused.field()).isEqualTo("input.field.nameKanji");
                });
        assertThat(jdbc.queryForObject("select count(*) from counseling_booking where patient_hospital_pid = ?",
                Integer.class, "HOSTILE-1")).isZero();
    }

    @Test
    void anOverlongCancellationReasonIsRefusedAndTheBookingStands() {
        signIn.as("liaison");
        SlotOffer offer = offers().get(offers().size() - 22);
        BookingDetails booked = counseling.book(new BookingRequest(offer.counselor().id(), SessionType.RESULTS,
                offer.slot().start(), null, "HOSTILE-2", "ﾃｽﾄ 花子"));
        assertThat(booked.patientName()).as("stored in NFKC").isEqualTo("テスト 花子");

        assertThatThrownBy(() -> counseling.cancel(booked.id(), booked.version(), "理".repeat(2001)))
                .isInstanceOfSatisfying(InputRefused.class, refused -> assertThat(refused.arguments())
                        .containsExactly("input.field.reason", "2000"));
        assertThat(counseling.get(booked.id()).status()).isEqualTo(BookingStatus.BOOKED);

        counseling.cancel(booked.id(), counseling.get(booked.id()).version(), "試験のため");
    }

    private List<SlotOffer> offers() {
        return availability.freeSlots(SessionType.RESULTS, null);
    }
}
