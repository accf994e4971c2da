package jp.renkei.notification;

import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMailMessage;
import org.springframework.stereotype.Component;

import jp.renkei.identity.RecipientDirectory;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.notification.MailDeliveryListener;
import jp.renkei.shared.notification.MailServer;
import jp.renkei.shared.notification.Notice;

/**
 * Emails a notice to the people holding the role (or those it names among them), in Japanese and English,
 * without patient details. Runs after the publisher's commit on its own thread; if the mail server is down or hangs
 * (the SMTP client has connect, read and write timeouts), the publication is marked failed and
 * {@link DeliveryRetries} tries again.
 */
@Component
class NoticeMailer {

    private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);

    private final RecipientDirectory recipients;
    private final MailServer mailServer;
    private final MessageBundleI18NProvider messages;
    private final String baseUrl;
    private final String from;

    NoticeMailer(RecipientDirectory recipients, MailServer mailServer,
            MessageBundleI18NProvider messages, @Value("${renkei.base-url:http://localhost:8080}") String baseUrl,
            @Value("${renkei.mail.from:renkei-noreply@example.jp}") String from) {
        this.recipients = recipients;
        this.mailServer = mailServer;
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.from = from;
    }

    @MailDeliveryListener
    void email(Notice notice) {
        JavaMailSender sender = mailServer.sender().orElse(null);
        List<String> addresses = notice.addressedToEveryoneInRole()
                ? recipients.emailsOf(notice.hospital(), notice.recipientRole())
                : recipients.emailsOf(notice.hospital(), notice.recipientRole(), notice.recipientUsers());
        if (sender == null || addresses.isEmpty()) {
            log.info("Notice {} not emailed ({})", notice.messageKey(),
                    sender == null ? "mail not configured" : "no recipient address");
            return;
        }
        MimeMessage mail = sender.createMimeMessage();
        email(notice, addresses).copyTo(new MimeMailMessage(mail));
        try {
            // One notice, one Message-ID: should the node die after the send but before the delivery is recorded,
            // the replay sends the same message again, which mail clients recognise as the one they have.
            mail.setHeader("Message-ID", "<notice-" + notice.id() + "@renkei>");
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        sender.send(mail);
    }

    private SimpleMailMessage email(Notice notice, List<String> addresses) {
        Object[] args = notice.arguments().toArray();
        String japanese = messages.getTranslation(notice.messageKey(), MessageBundleI18NProvider.JAPANESE, args);
        String english = messages.getTranslation(notice.messageKey(), MessageBundleI18NProvider.ENGLISH, args);
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setBcc(addresses.toArray(String[]::new));
        mail.setSubject("[Renkei] " + japanese);
        mail.setText(japanese + "\n" + baseUrl + "/" + notice.link() + "\n\n" + english + "\n\n"
                + messages.getTranslation("notice.mail.footer", Locale.JAPANESE));
        return mail;
    }
}
