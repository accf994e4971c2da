package jp.renkei.counseling;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.expertpanel.CounselingFollowUp;
import jp.renkei.expertpanel.FollowUpStatus;
import jp.renkei.identity.CurrentActor;
import jp.renkei.referral.ReferralFilter;
import jp.renkei.referral.ReferralId;
import jp.renkei.referral.ReferralService;
import jp.renkei.referral.ReferralSummary;
import jp.renkei.referral.ReferredPatient;

/**
 * Counseling requests raised by panel reports: what the panel case page shows of them (requested or booked), and the
 * list the referring hospital books from on the counseling page.
 */
@Service
public class PanelFollowUpService implements CounselingFollowUp {

    private final PanelFollowUpRequestRepository requests;
    private final ReferralService referrals;
    private final CurrentActor currentActor;

    PanelFollowUpService(PanelFollowUpRequestRepository requests, ReferralService referrals,
            CurrentActor currentActor) {
        this.requests = requests;
        this.referrals = referrals;
        this.currentActor = currentActor;
    }

    @Override
    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'HOSPITAL_ADMIN', 'PANEL_MEMBER', 'LIAISON_CLINICIAN')")
    @Transactional(readOnly = true)
    public Optional<FollowUpStatus> forCase(long caseId) {
        return requests.findByPanelCaseId(caseId).map(PanelFollowUpRequest::status);
    }

    /**
     * This hospital's requests waiting for a session, each with its referral as the booking form takes it. Reading the
     * patient of each is audited by the referral module.
     */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional
    public List<PanelFollowUpDetails> awaitingBooking() {
        long here = currentActor.require().hospital().value();
        return requests.findByOriginHospitalIdAndBookingIdIsNullOrderByRaisedAtAsc(here).stream()
                .flatMap(r -> referral(r.referralId()).map(referral -> new PanelFollowUpDetails(r.id(),
                        r.panelCaseId(), referral, r.genes(), r.raisedAt())).stream())
                .toList();
    }

    // The list finds a referral by its patient, so the patient is read first. A referral the list no longer shows
    // this person (another role's view) leaves its request off the page rather than break it.
    private Optional<ReferralSummary> referral(long referralId) {
        ReferredPatient patient = referrals.patientFor(new ReferralId(referralId));
        return referrals.list(new ReferralFilter(null, null, null, null, null, false, patient.hospitalPatientId()), 0,
                50).stream().filter(s -> s.id().value() == referralId).findFirst();
    }
}
