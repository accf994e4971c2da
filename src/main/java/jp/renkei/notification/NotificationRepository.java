package jp.renkei.notification;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import jp.renkei.shared.Role;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    /** Tenant-filtered to the active hospital; newest first. */
    @Query("select n from Notification n where n.recipientRole in :roles order by n.id desc")
    List<Notification> findForRoles(Collection<Role> roles, Pageable page);

    @Query("""
            select count(n) from Notification n where n.recipientRole in :roles
              and not exists (select 1 from Notification m join m.readBy r where m = n and r.userId = :userId)
            """)
    long countUnread(Collection<Role> roles, long userId);

    @Query("""
            select n from Notification n where n.recipientRole in :roles
              and not exists (select 1 from Notification m join m.readBy r where m = n and r.userId = :userId)
            """)
    List<Notification> findUnread(Collection<Role> roles, long userId);
}
