package jp.renkei.expertpanel;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered on both sides: cases this hospital referred or whose panel reviews them. */
interface PanelCaseRepository extends JpaRepository<PanelCase, Long> {

    List<PanelCase> findByOrderByAcceptedAtDescIdDesc(Pageable page);

    List<PanelCase> findByPanelIdOrderByAcceptedAtDesc(long panelId);

    /** The cases on one meeting's agenda, in the order they were accepted (the order they are discussed in). */
    List<PanelCase> findByMeetingIdOrderByAcceptedAtAscIdAsc(long meetingId);

    boolean existsByReferralId(long referralId);

    Optional<PanelCase> findByReferralId(long referralId);

    /** Tenant-filtered: the records opened from these referrals. */
    @Query("select x.id from PanelCase x where x.referralId in :referrals")
    List<Long> idsOfReferrals(java.util.Collection<Long> referrals);
}
