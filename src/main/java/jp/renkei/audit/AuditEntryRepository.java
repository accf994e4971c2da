package jp.renkei.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    List<AuditEntry> findAllByOrderByIdDesc(Pageable page);

    List<AuditEntry> findByHospitalIdOrderByIdDesc(Long hospitalId, Pageable page);

    long countByHospitalId(Long hospitalId);

    /**
     * Who read more distinct patient records at a hospital since {@code since} than {@code limit}: rows of
     * (user id, hospital id, records). Reads are the actions named *_VIEWED, *_READ and *_DOWNLOADED.
     */
    @Query(value = """
            select actor_user_id, hospital_id, count(distinct subject) from audit_entry
            where occurred_at >= :since and actor_user_id is not null and hospital_id is not null
              and subject is not null
              and (action like '%\\_VIEWED' or action like '%\\_READ' or action like '%\\_DOWNLOADED')
            group by actor_user_id, hospital_id having count(distinct subject) > :limit
            """, nativeQuery = true)
    List<Object[]> heavyReaders(Instant since, long limit);

    boolean existsByActionAndHospitalIdAndSubjectAndOccurredAtGreaterThanEqual(String action, Long hospitalId,
            String subject, Instant since);
}
