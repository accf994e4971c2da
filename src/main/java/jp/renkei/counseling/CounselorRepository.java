package jp.renkei.counseling;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CounselorRepository extends JpaRepository<Counselor, Long> {

    @Query("select c from Counselor c where c.hospitalId in :hospitals order by c.hospitalId, c.displayName")
    List<Counselor> findAtHospitals(Collection<Long> hospitals);

    Optional<Counselor> findByHospitalIdAndUserId(Long hospitalId, Long userId);

    /** Every directory entry of one person: their hours at each hospital they work for. */
    @Query("select c from Counselor c where c.userId = :userId order by c.id")
    List<Counselor> findByPerson(Long userId);

    /** Every directory entry of these people, at whichever hospital. */
    @Query("select c from Counselor c where c.userId in :people order by c.id")
    List<Counselor> findByPeople(Collection<Long> people);

    @Query("select c.userId from Counselor c where c.id = :id")
    Optional<Long> personOf(Long id);

    /**
     * SELECT … FOR UPDATE on every row of the person, in id order: bookings of one person happen one after the
     * other whichever hospital books, and two bookers lock in the same order, so they never deadlock. Native
     * because Hibernate's MySQL dialect writes "FOR UPDATE OF alias", which MariaDB rejects.
     */
    @Query(value = "select id from counselor where user_id = :userId order by id for update", nativeQuery = true)
    List<Long> lockPerson(Long userId);
}
