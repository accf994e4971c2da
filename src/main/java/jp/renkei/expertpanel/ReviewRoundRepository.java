package jp.renkei.expertpanel;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

/** Tenant-filtered: only the rounds of the panel hospital in scope. */
interface ReviewRoundRepository extends JpaRepository<ReviewRound, Long> {

    Optional<ReviewRound> findByPanelCaseId(long panelCaseId);

    /** The round locked for one response at a time: responses and the consensus they reach are judged in turn. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ReviewRound r where r.panelCaseId = :panelCaseId")
    Optional<ReviewRound> lockByPanelCaseId(long panelCaseId);
}
