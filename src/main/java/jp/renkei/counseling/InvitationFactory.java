package jp.renkei.counseling;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.counseling.calendar.IcsWriter;
import jp.renkei.counseling.calendar.Invitation;
import jp.renkei.identity.RecipientDirectory;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.UserId;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.tenant.HospitalScopes;

/**
 * Builds the calendar invitation of a booking for the counselor and the person who booked, from one load of
 * the booking. No patient name in it: invitations travel by email and sit in calendars.
 */
@Component
class InvitationFactory {

    private final RecipientDirectory recipients;
    private final CounselorRepository counselors;
    private final CounselingBookingRepository bookings;
    private final HospitalScopes scopes;
    private final MessageBundleI18NProvider messages;
    private final Clock clock;
    private final String organizerEmail;
    private final TransactionTemplate readOnly;

    InvitationFactory(RecipientDirectory recipients, CounselorRepository counselors,
            CounselingBookingRepository bookings, HospitalScopes scopes, MessageBundleI18NProvider messages,
            Clock clock, @Value("${renkei.mail.from:renkei-noreply@example.jp}") String organizerEmail,
            PlatformTransactionManager transactions) {
        this.recipients = recipients;
        this.counselors = counselors;
        this.bookings = bookings;
        this.scopes = scopes;
        this.messages = messages;
        this.clock = clock;
        this.organizerEmail = organizerEmail;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The current invitation of a booking, for mail sent without a signed-in user (inside the booking's scope). */
    Invitation forBooking(long bookingId, HospitalId bookingHospital, String purpose) {
        // the mailers run without a transaction: one read-only transaction inside the scope loads everything
        return scopes.callAs(bookingHospital, purpose,
                () -> readOnly.execute(tx -> of(bookings.findById(bookingId).orElseThrow())));
    }

    /** The .ics download of a booking already loaded (and so already checked) by the caller. */
    CalendarFile fileOf(CounselingBooking booking) {
        Invitation invitation = of(booking);
        return new CalendarFile(IcsWriter.fileName(invitation), IcsWriter.mediaType(invitation),
                IcsWriter.write(invitation, clock).getBytes(StandardCharsets.UTF_8));
    }

    Invitation of(CounselingBooking booking) {
        Counselor counselor = counselors.findById(booking.counselorId()).orElseThrow();
        String type = text("counseling.type." + booking.sessionType().name());
        String summary = text("counseling.invitation.summary", type, counselor.displayName());
        String description = text("counseling.invitation.description", type, counselor.displayName(),
                "#" + booking.id());
        Invitation.Kind kind = booking.status() == BookingStatus.CANCELLED ? Invitation.Kind.CANCEL
                : Invitation.Kind.REQUEST;
        return new Invitation(booking.icsUid(), booking.icsSequence(), booking.slot().start(), booking.slot().end(),
                summary, description, booking.videoUrl(), text("app.name"), organizerEmail,
                attendees(counselor, booking.bookedByUserId()), kind);
    }

    /** The counselor and the person who booked; a booking without any address gets the organizer only. */
    private List<String> attendees(Counselor counselor, long bookedByUserId) {
        List<String> emails = new ArrayList<>();
        if (counselor.email() != null && !counselor.email().isBlank()) {
            emails.add(counselor.email());
        }
        recipients.emailOf(UserId.of(bookedByUserId)).filter(e -> !emails.contains(e)).ifPresent(emails::add);
        if (emails.isEmpty()) {
            emails.add(organizerEmail);
        }
        return emails;
    }

    String emailOf(UserId user) {
        return recipients.emailOf(user).orElse(null);
    }

    private String text(String key, Object... args) {
        return messages.getTranslation(key, MessageBundleI18NProvider.JAPANESE, args);
    }
}
