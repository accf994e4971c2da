package jp.renkei.counseling;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jp.renkei.counseling.calendar.Invitation;
import jp.renkei.identity.RecipientDirectory;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.UserId;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.tenant.HospitalScopes;

/**
 * Builds the calendar invitation of a booking for the counselor and the person who booked. No patient name
 * in it: invitations travel by email and sit in calendars.
 */
@Component
class InvitationFactory {

    private final RecipientDirectory recipients;
    private final CounselorRepository counselors;
    private final CounselingBookingRepository bookings;
    private final HospitalScopes scopes;
    private final MessageBundleI18NProvider messages;
    private final String organizerEmail;

    InvitationFactory(RecipientDirectory recipients, CounselorRepository counselors,
            CounselingBookingRepository bookings, HospitalScopes scopes, MessageBundleI18NProvider messages,
            @Value("${renkei.mail.from:renkei-noreply@example.jp}") String organizerEmail) {
        this.recipients = recipients;
        this.counselors = counselors;
        this.bookings = bookings;
        this.scopes = scopes;
        this.messages = messages;
        this.organizerEmail = organizerEmail;
    }

    /** The current invitation of a booking, for mail sent without a signed-in user (inside the booking's scope). */
    Invitation forBooking(long bookingId, HospitalId bookingHospital, String purpose) {
        return scopes.callAs(bookingHospital, purpose, () -> {
            CounselingBooking booking = bookings.findById(bookingId).orElseThrow();
            BookingDetails details = booking.toDetails(counselors.findById(booking.counselorId()).orElseThrow()
                    .toProfile());
            return of(details, booking.icsUid(), booking.icsSequence(), booking.bookedByUserId());
        });
    }

    Invitation of(BookingDetails booking, String uid, int sequence, long bookedByUserId) {
        String type = text("counseling.type." + booking.sessionType().name());
        String summary = text("counseling.invitation.summary", type, booking.counselor().displayName());
        String description = text("counseling.invitation.description", type, booking.counselor().displayName(),
                "#" + booking.id());
        Invitation.Kind kind = booking.status() == BookingStatus.CANCELLED ? Invitation.Kind.CANCEL
                : Invitation.Kind.REQUEST;
        return new Invitation(uid, sequence, booking.slot().start(), booking.slot().end(), summary, description,
                booking.videoUrl(), text("app.name"), organizerEmail, attendees(booking, bookedByUserId), kind);
    }

    /** The counselor and the person who booked; a booking without any address gets the organizer only. */
    List<String> attendees(BookingDetails booking, long bookedByUserId) {
        List<String> emails = new ArrayList<>();
        counselors.findById(booking.counselor().id()).map(Counselor::email).filter(e -> e != null && !e.isBlank())
                .ifPresent(emails::add);
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
