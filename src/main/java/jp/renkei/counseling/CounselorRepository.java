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

    /**
     * SELECT … FOR UPDATE: bookings of one counselor happen one after the other, decided by the database.
     * Native because Hibernate's MySQL dialect writes "FOR UPDATE OF alias", which MariaDB rejects.
     */
    @Query(value = "select id from counselor where id = :id for update", nativeQuery = true)
    Optional<Long> lock(Long id);

    default Optional<Counselor> lockById(Long id) {
        return lock(id).flatMap(this::findById);
    }
}
