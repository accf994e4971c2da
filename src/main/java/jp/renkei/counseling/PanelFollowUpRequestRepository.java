package jp.renkei.counseling;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered on both sides: the referring hospital's requests and those its panel raised. */
interface PanelFollowUpRequestRepository extends JpaRepository<PanelFollowUpRequest, Long> {

    Optional<PanelFollowUpRequest> findByPanelCaseId(long panelCaseId);

    List<PanelFollowUpRequest> findByReferralId(long referralId);

    /** The requests of a referring hospital still waiting for a session, oldest first. */
    List<PanelFollowUpRequest> findByOriginHospitalIdAndBookingIdIsNullOrderByRaisedAtAsc(long referringHospital);
}
