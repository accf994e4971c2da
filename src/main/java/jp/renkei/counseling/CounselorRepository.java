package jp.renkei.counseling;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.QueryHint;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

/**
 * The directory is the network's, not a hospital's: no tenant filter applies to it. The reads on the booking page's
 * path are native because, while a hospital's tenant filters are on, Hibernate caches no query plan and translates
 * every JPQL query anew; each flushes only a pending change to counselors first. Not for empty collections.
 */
interface CounselorRepository extends JpaRepository<Counselor, Long> {

    Optional<Counselor> findByHospitalIdAndUserId(Long hospitalId, Long userId);

    /** Every directory entry of one person: their hours at each hospital they work for. */
    @Query(value = "select * from counselor where user_id = :userId order by id", nativeQuery = true)
    @QueryHints(@QueryHint(name = HibernateHints.HINT_NATIVE_SPACES, value = "counselor"))
    List<Counselor> findByPerson(Long userId);

    @Query(value = "select user_id from counselor where id = :id", nativeQuery = true)
    @QueryHints(@QueryHint(name = HibernateHints.HINT_NATIVE_SPACES, value = "counselor"))
    Optional<Long> personOf(Long id);

    /**
     * SELECT … FOR UPDATE on every row of the person, in id order: bookings of one person happen one after the
     * other whichever hospital books, and two bookers lock in the same order, so they never deadlock. Native
     * because Hibernate's MySQL dialect writes "FOR UPDATE OF alias", which MariaDB rejects.
     */
    @Query(value = "select id from counselor where user_id = :userId order by id for update", nativeQuery = true)
    List<Long> lockPerson(Long userId);
}
