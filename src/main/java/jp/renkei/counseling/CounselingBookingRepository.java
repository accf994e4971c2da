package jp.renkei.counseling;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CounselingBookingRepository extends JpaRepository<CounselingBooking, Long> {

    /**
     * When a counselor is busy, whoever booked them: only times, no patient, so this one query deliberately
     * reads across hospitals (native SQL, not tenant-filtered) to offer truly free slots.
     */
    @Query(value = """
            select starts_at, ends_at from counseling_booking
            where counselor_id = :counselor and active_start is not null and starts_at < :to and ends_at > :from
            """, nativeQuery = true)
    List<Object[]> busyTimes(long counselor, Instant from, Instant to);

    /** Tenant-filtered: bookings this hospital made or hosts, from a moment on. */
    @Query("select b from CounselingBooking b where b.endsAt >= :from and b.startsAt < :to order by b.startsAt")
    List<CounselingBooking> visibleBetween(Instant from, Instant to);

    @Query("""
            select b from CounselingBooking b where b.counselorId = :counselor and b.endsAt >= :from
              and b.startsAt < :to order by b.startsAt
            """)
    List<CounselingBooking> ofCounselorBetween(long counselor, Instant from, Instant to);
}
