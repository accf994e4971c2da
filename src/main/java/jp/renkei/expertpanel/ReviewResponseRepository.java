package jp.renkei.expertpanel;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewResponseRepository extends JpaRepository<ReviewResponse, Long> {

    /** Every response of the round, oldest first: current ones and those they replaced. */
    List<ReviewResponse> findByRoundIdOrderByRespondedAtAscIdAsc(long roundId);

    /**
     * Saves {@code response} as its member's current one; the one it replaces keeps its row, unmarked first
     * (Hibernate would insert before it updates, and the unique key allows one mark per member and round).
     */
    default ReviewResponse recordCurrent(ReviewResponse response) {
        findByRoundIdOrderByRespondedAtAscIdAsc(response.roundId()).stream()
                .filter(r -> r.current() && r.memberId() == response.memberId()).forEach(ReviewResponse::replaced);
        flush();
        return saveAndFlush(response);
    }
}
