package jp.renkei.notification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import jp.renkei.identity.RecipientDirectory;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.live.LiveChange;
import jp.renkei.shared.live.LiveTopics;
import jp.renkei.shared.notification.Notice;
import jp.renkei.shared.tenant.HospitalScopes;

/**
 * Stores the notice for the in-app list (and tells open bells), and emails the people holding the role. Runs after the publisher's
 * commit; if it fails, the publication stays incomplete and Spring Modulith resubmits it on restart.
 */
@Component
class NoticeDelivery {

    private static final Logger log = LoggerFactory.getLogger(NoticeDelivery.class);

    private final NotificationRepository notifications;
    private final RecipientDirectory recipients;
    private final HospitalScopes scopes;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final ApplicationEventPublisher events;
    private final MessageBundleI18NProvider messages;
    private final Clock clock;
    private final String baseUrl;
    private final String from;

    NoticeDelivery(NotificationRepository notifications, RecipientDirectory recipients, HospitalScopes scopes,
            ObjectProvider<JavaMailSender> mailSender, ApplicationEventPublisher events,
            MessageBundleI18NProvider messages, Clock clock,
            @Value("${renkei.base-url:http://localhost:8080}") String baseUrl,
            @Value("${renkei.mail.from:renkei-noreply@example.jp}") String from) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.scopes = scopes;
        this.mailSender = mailSender;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.from = from;
    }

    @ApplicationModuleListener
    void deliver(Notice notice) {
        scopes.runAs(notice.hospital(), "deliver notice " + notice.messageKey(),
                () -> notifications.save(new Notification(notice, clock.instant())));
        events.publishEvent(new LiveChange(LiveTopics.notices(notice.hospital()), notice.hospital()));
        JavaMailSender sender = mailSender.getIfAvailable();
        List<String> addresses = recipients.emailsOf(notice.hospital(), notice.recipientRole());
        if (sender == null || addresses.isEmpty()) {
            log.info("Notice {} stored in-app; no email ({})", notice.messageKey(),
                    sender == null ? "mail not configured" : "no recipient address");
            return;
        }
        sender.send(email(notice, addresses));
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
