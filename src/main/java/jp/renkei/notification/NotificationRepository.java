package jp.renkei.notification;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import jp.renkei.shared.Role;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    boolean existsByNoticeId(String noticeId);

    /** A notice naming its recipients reaches only them; one naming nobody reaches everyone in the role. */
    String ADDRESSED_TO_USER = """
            (not exists (select 1 from Notification a join a.recipientUsers u where a = n)
              or exists (select 1 from Notification b join b.recipientUsers v where b = n and v = :userId))
            """;

    /** Tenant-filtered to the active hospital; newest first. */
    @Query("select n from Notification n where n.recipientRole in :roles and " + ADDRESSED_TO_USER
            + " order by n.id desc")
    List<Notification> findForRoles(Collection<Role> roles, long userId, Pageable page);

    /** The notice if it is addressed to this person at the active hospital (tenant-filtered). */
    @Query("select n from Notification n where n.id = :id and n.recipientRole in :roles and " + ADDRESSED_TO_USER)
    java.util.Optional<Notification> findAddressedTo(long id, Collection<Role> roles, long userId);

    @Query("""
            select count(n) from Notification n where n.recipientRole in :roles and """ + ADDRESSED_TO_USER + """
              and not exists (select 1 from Notification m join m.readBy r where m = n and r.userId = :userId)
            """)
    long countUnread(Collection<Role> roles, long userId);

    @Query("""
            select n from Notification n where n.recipientRole in :roles and """ + ADDRESSED_TO_USER + """
              and not exists (select 1 from Notification m join m.readBy r where m = n and r.userId = :userId)
            """)
    List<Notification> findUnread(Collection<Role> roles, long userId);
}
