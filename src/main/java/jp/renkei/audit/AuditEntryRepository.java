package jp.renkei.audit;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findAllByOrderByIdDesc(Pageable page);

    List<AuditEntry> findByHospitalIdOrderByIdDesc(Long hospitalId, Pageable page);

    long countByHospitalId(Long hospitalId);
}
