package jp.renkei.counseling;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jp.renkei.counseling.calendar.IcsWriter;
import jp.renkei.counseling.calendar.Invitation;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.notification.MailDeliveryListener;
import jp.renkei.shared.notification.MailServer;

/**
 * Emails invitations (and their updates and cancellations) and reminders, each with the .ics attached, after
 * the publishing transaction commits; an undelivered one stays in the event publication registry and is
 * resent on restart.
 */
@Component
class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(JapanTime.ZONE);

    private final InvitationFactory invitations;
    private final MailServer mailServer;
    private final MessageBundleI18NProvider messages;
    private final Clock clock;

    InvitationMailer(InvitationFactory invitations, MailServer mailServer,
            MessageBundleI18NProvider messages, Clock clock) {
        this.invitations = invitations;
        this.mailServer = mailServer;
        this.messages = messages;
        this.clock = clock;
    }

    @MailDeliveryListener
    void on(BookingConfirmed confirmed) {
        invite(confirmed.booking(), "counseling.mail.invited");
    }

    @MailDeliveryListener
    void on(BookingRescheduled rescheduled) {
        invite(rescheduled.booking(), "counseling.mail.invited");
    }

    @MailDeliveryListener
    void on(BookingCancelled cancelled) {
        invite(cancelled.booking(), "counseling.mail.cancelled");
    }

    /** The booking's current invitation (a later step's newer sequence wins in calendars), with the .ics. */
    private void invite(BookedSession booking, String bodyKey) {
        JavaMailSender sender = mailServer.sender().orElse(null);
        if (sender == null) {
            log.info("Invitation for booking {} not emailed: mail is not configured", booking.bookingId());
            return;
        }
        Invitation invitation = invitations.forBooking(booking.bookingId(), booking.bookingHospital(),
                "counseling invitation");
        send(sender, invitation, invitation.summary(), messages.getTranslation(bodyKey,
                MessageBundleI18NProvider.JAPANESE, invitation.videoUrl()));
    }

    /** A claimed reminder (see {@link ReminderJob}), with the booking's current .ics; none once it is cancelled. */
    @MailDeliveryListener
    void on(ReminderDue reminder) {
        JavaMailSender sender = mailServer.sender().orElse(null);
        if (sender == null) {
            return;
        }
        Invitation invitation = invitations.forBooking(reminder.bookingId(), reminder.bookingHospital(),
                "counseling reminder");
        if (invitation.kind() == Invitation.Kind.CANCEL) {
            return;
        }
        String subject = messages.getTranslation("counseling.mail.reminderSubject." + reminder.kind(),
                MessageBundleI18NProvider.JAPANESE, WHEN.format(invitation.start()));
        send(sender, invitation, subject, messages.getTranslation("counseling.mail.invited",
                MessageBundleI18NProvider.JAPANESE, invitation.videoUrl()));
    }

    private void send(JavaMailSender sender, Invitation invitation, String subject, String body) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(invitation.organizerEmail());
            helper.setTo(invitation.attendeeEmails().toArray(String[]::new));
            helper.setSubject("[Renkei] " + subject);
            helper.setText(body);
            helper.addAttachment(IcsWriter.fileName(invitation), new ByteArrayResource(IcsWriter.bytes(invitation, clock)),
                    IcsWriter.mediaType(invitation));
            sender.send(message);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException("Could not build the invitation email", e);
        }
    }
}
