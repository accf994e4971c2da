package jp.renkei.ccat;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered on both sides, like the tests they belong to. */
interface ConsentRecordRepository extends JpaRepository<ConsentRecord, Long> {

    List<ConsentRecord> findByTestIdOrderByRecordedAtAscIdAsc(long testId);
}
