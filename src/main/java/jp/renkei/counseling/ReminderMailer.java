package jp.renkei.counseling;

import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import jp.renkei.counseling.calendar.Invitation;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;

/** Emails a claimed reminder to the counselor and the person who booked, with the current .ics. */
@Component
class ReminderMailer {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(JapanTime.ZONE);

    private final InvitationFactory invitations;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageBundleI18NProvider messages;

    ReminderMailer(InvitationFactory invitations, ObjectProvider<JavaMailSender> mailSender,
            MessageBundleI18NProvider messages) {
        this.invitations = invitations;
        this.mailSender = mailSender;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(ReminderDue reminder) {
        JavaMailSender sender = mailSender.getIfAvailable();
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
        InvitationMailer.send(sender, invitation, subject, messages.getTranslation("counseling.mail.invited",
                MessageBundleI18NProvider.JAPANESE, invitation.videoUrl()));
    }
}
