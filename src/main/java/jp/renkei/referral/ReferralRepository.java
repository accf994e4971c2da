package jp.renkei.referral;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReferralRepository extends JpaRepository<Referral, Long> {

    /** Receiving hospitals with a late acknowledgement: ids only, so the job can then work hospital by hospital. */
    @Query(value = """
            select distinct partner_hospital_id from referral
            where status = 'SUBMITTED' and ack_due_at < :now
              and (overdue_notified_at is null or overdue_notified_at < ack_due_at)
            """, nativeQuery = true)
    List<Long> receiversWithOverdueAcknowledgements(Instant now);

    @Query("""
            select r from Referral r where r.partnerHospitalId = :hospital and r.status = 'SUBMITTED'
              and r.acknowledgementDueAt < :now
            """)
    List<Referral> overdueAt(Long hospital, Instant now);

    /** The referrals the active hospital made for its patient (the hospital filter keeps it to its own). */
    @Query("select r.id from Referral r where r.originHospitalId = :owner and r.patient.hospitalPatientId = :pid")
    List<Long> idsOfPatient(Long owner, String pid);
}
