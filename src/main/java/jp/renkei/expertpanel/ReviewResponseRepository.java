package jp.renkei.expertpanel;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewResponseRepository extends JpaRepository<ReviewResponse, Long> {

    /** Every response of the round, oldest first: current ones and those they replaced. */
    List<ReviewResponse> findByRoundIdOrderByRespondedAtAscIdAsc(long roundId);
}
