package jp.renkei;

import java.util.ConcurrentModificationException;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** What one address received on the test SMTP server (GreenMail keeps a mailbox per recipient, Bcc included). */
public final class Mailboxes {

    private Mailboxes() {
    }

    public static List<MimeMessage> of(GreenMailExtension smtp, String address) {
        var user = smtp.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        // Mail is delivered on other threads while we read; a copy taken mid-delivery is simply retried.
        for (int attempt = 0; ; attempt++) {
            try {
                return smtp.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                        .map(StoredMessage::getMimeMessage).toList();
            } catch (ConcurrentModificationException deliveryInProgress) {
                if (attempt == 10) {
                    throw deliveryInProgress;
                }
            } catch (FolderException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
