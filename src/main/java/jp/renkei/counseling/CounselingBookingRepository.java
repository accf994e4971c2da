package jp.renkei.counseling;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CounselingBookingRepository extends JpaRepository<CounselingBooking, Long> {

    /**
     * When a counselor (the person, at any of their hospitals) is busy, whoever booked them: only times, no
     * patient, so this one query deliberately reads across hospitals (native SQL, not tenant-filtered).
     */
    @Query(value = """
            select starts_at, ends_at from counseling_booking
            where counselor_user_id = :person and active_start is not null and starts_at < :to and ends_at > :from
            """, nativeQuery = true)
    List<Object[]> busyTimes(long person, Instant from, Instant to);

    /** Tenant-filtered: these people's sessions this hospital is party to, by person, then time. */
    @Query("""
            select b from CounselingBooking b where b.counselorUserId in (:people) and b.endsAt >= :from
              and b.startsAt < :to order by b.counselorUserId, b.startsAt
            """)
    List<CounselingBooking> ofPeopleBetween(Collection<Long> people, Instant from, Instant to);

    /** Tenant-filtered: still-booked sessions of one kind for one patient of the booking hospital. */
    @Query("""
            select b from CounselingBooking b where b.patientHospitalId = :patientHospitalId
              and b.sessionType = :type and b.activeStart is not null and b.endsAt > :now order by b.startsAt
            """)
    List<CounselingBooking> activeOfPatient(String patientHospitalId, SessionType type, Instant now);

    /** Tenant-filtered: the bookings the owning hospital made for its patient, directly or from a referral. */
    @Query("""
            select b.id from CounselingBooking b where b.originHospitalId = :owner
              and (b.patientHospitalId = :patientHospitalId or b.referralId in :referrals)
            """)
    List<Long> idsOfPatient(Long owner, String patientHospitalId, java.util.Collection<Long> referrals);
}
