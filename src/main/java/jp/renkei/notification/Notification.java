package jp.renkei.notification;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import jp.renkei.shared.Role;
import jp.renkei.shared.notification.Notice;
import jp.renkei.shared.tenant.HospitalOwnedEntity;

/**
 * An in-app notification for everyone holding a role at a hospital, or for the people it names among them; read
 * marks are per person.
 */
@Entity
@Table(name = "notification")
class Notification extends HospitalOwnedEntity {

    private static final String SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The notice's identity ({@link Notice#id()}): a replayed delivery of the same notice stores nothing. */
    @Column(name = "notice_id", updatable = false)
    private String noticeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_role", nullable = false)
    private Role recipientRole;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "message_key", nullable = false)
    private String messageKey;

    @Column(name = "message_args")
    private String messageArgs;

    private String link;

    @ElementCollection
    @CollectionTable(name = "notification_read", joinColumns = @JoinColumn(name = "notification_id"))
    private Set<ReadMark> readBy = new HashSet<>();

    /** Empty: everyone holding the role. */
    @ElementCollection
    @CollectionTable(name = "notification_recipient", joinColumns = @JoinColumn(name = "notification_id"))
    @Column(name = "user_id")
    private Set<Long> recipientUsers = new HashSet<>();

    protected Notification() {
    }

    Notification(Notice notice, Instant now) {
        super(notice.hospital());
        this.noticeId = notice.id();
        this.recipientRole = notice.recipientRole();
        this.messageKey = notice.messageKey();
        this.messageArgs = String.join(SEPARATOR, notice.arguments());
        this.link = notice.link();
        this.createdAt = now;
        notice.recipientUsers().forEach(user -> recipientUsers.add(user.value()));
    }

    void markRead(long userId, Instant now) {
        if (readBy.stream().noneMatch(mark -> mark.userId() == userId)) {
            readBy.add(new ReadMark(userId, now));
        }
    }

    NotificationItem toItem(long userId) {
        List<String> args = messageArgs == null || messageArgs.isEmpty() ? List.of()
                : List.of(messageArgs.split(SEPARATOR, -1));
        return new NotificationItem(id, createdAt, messageKey, args, link,
                readBy.stream().anyMatch(mark -> mark.userId() == userId));
    }
}
