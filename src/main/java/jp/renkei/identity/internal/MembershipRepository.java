package jp.renkei.identity.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import jp.renkei.shared.Role;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

    @Query("select m from Membership m join fetch m.user where m.user.id = :userId order by m.id")
    List<Membership> findByUserId(Long userId);

    @Query("select m from Membership m join fetch m.user where m.hospitalId = :hospitalId")
    List<Membership> findByHospitalId(Long hospitalId, Pageable page);

    @Query("select distinct m.user.id from Membership m where m.hospitalId = :hospitalId order by m.user.id")
    List<Long> findUserIdsByHospitalId(Long hospitalId, Pageable page);

    @Query("select count(distinct m.user.id) from Membership m where m.hospitalId = :hospitalId")
    long countUsersByHospitalId(Long hospitalId);

    /** Same rule as {@link UserAccount#isUnusedSince}. */
    @Query("""
            select distinct m.user.id from Membership m where m.hospitalId = :hospitalId
              and coalesce(m.user.lastSignedInAt, m.user.createdAt) <= :cutoff order by m.user.id
            """)
    List<Long> findUnusedUserIdsByHospitalId(Long hospitalId, Instant cutoff, Pageable page);

    @Query("""
            select count(distinct m.user.id) from Membership m where m.hospitalId = :hospitalId
              and coalesce(m.user.lastSignedInAt, m.user.createdAt) <= :cutoff
            """)
    long countUnusedUsersByHospitalId(Long hospitalId, Instant cutoff);

    @Query("select m from Membership m join fetch m.user where m.hospitalId = :hospitalId and m.user.id in :userIds")
    List<Membership> findByHospitalIdAndUserIdIn(Long hospitalId, List<Long> userIds);

    long countByRole(Role role);

    @Query("""
            select m.user.email from Membership m
            where m.hospitalId = :hospitalId and m.role = :role and m.user.enabled = true and m.user.email is not null
            """)
    List<String> findEmails(Long hospitalId, Role role);

    @Query("""
            select m.user.email from Membership m
            where m.hospitalId = :hospitalId and m.role = :role and m.user.id in :userIds
              and m.user.enabled = true and m.user.email is not null
            """)
    List<String> findEmailsOfUsers(Long hospitalId, Role role, java.util.Collection<Long> userIds);
}
