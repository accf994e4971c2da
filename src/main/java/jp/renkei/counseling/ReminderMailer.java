package jp.renkei.counseling;

import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import jp.renkei.counseling.calendar.Invitation;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.tenant.HospitalScopes;

/** Emails a claimed reminder to the counselor and the person who booked, with the current .ics. */
@Component
class ReminderMailer {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(JapanTime.ZONE);

    private final CounselingBookingRepository bookings;
    private final CounselorRepository counselors;
    private final InvitationFactory invitations;
    private final HospitalScopes scopes;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageBundleI18NProvider messages;

    ReminderMailer(CounselingBookingRepository bookings, CounselorRepository counselors, InvitationFactory invitations,
            HospitalScopes scopes, ObjectProvider<JavaMailSender> mailSender, MessageBundleI18NProvider messages) {
        this.bookings = bookings;
        this.counselors = counselors;
        this.invitations = invitations;
        this.scopes = scopes;
        this.mailSender = mailSender;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(ReminderDue reminder) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        Invitation invitation = scopes.callAs(reminder.bookingHospital(), "counseling reminder", () -> {
            CounselingBooking booking = bookings.findById(reminder.bookingId()).orElseThrow();
            BookingDetails details = booking.toDetails(counselors.findById(booking.counselorId()).orElseThrow()
                    .toProfile());
            return invitations.of(details, booking.icsUid(), booking.icsSequence(), booking.bookedByUserId());
        });
        if (invitation.kind() == Invitation.Kind.CANCEL) {
            return;
        }
        String subject = messages.getTranslation("counseling.mail.reminderSubject." + reminder.kind(),
                MessageBundleI18NProvider.JAPANESE, WHEN.format(invitation.start()));
        InvitationMailer.send(sender, invitation, subject, messages.getTranslation("counseling.mail.invited",
                MessageBundleI18NProvider.JAPANESE, invitation.videoUrl()));
    }
}
