package jp.renkei.ccat;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered on both sides, like the tests they belong to. */
interface FollowUpRecordRepository extends JpaRepository<FollowUpRecord, Long> {

    List<FollowUpRecord> findByTestIdOrderByFollowUpNumberAsc(long testId);
}
