package jp.renkei.expertpanel;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered: only the rounds of the panel hospital in scope. */
interface ReviewRoundRepository extends JpaRepository<ReviewRound, Long> {

    Optional<ReviewRound> findByPanelCaseId(long panelCaseId);

    /**
     * Locks the case's round row until the transaction ends, so responses and the consensus they reach are judged
     * one at a time. Native (Hibernate writes MariaDB's lock clause wrongly), so not tenant-filtered: call it only
     * for a case already found to be the caller's, then read the round through {@link #findByPanelCaseId}.
     */
    @Query(value = "select id from panel_review_round where panel_case_id = :panelCaseId for update",
            nativeQuery = true)
    Optional<Long> lockByPanelCaseId(long panelCaseId);
}
