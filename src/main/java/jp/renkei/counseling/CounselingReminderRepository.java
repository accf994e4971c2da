package jp.renkei.counseling;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CounselingReminderRepository extends JpaRepository<CounselingReminder, Long> {

    @Query("select r from CounselingReminder r where r.sentAt is null and r.dueAt <= :now order by r.dueAt")
    List<CounselingReminder> due(Instant now);

    /** The claim: only one transaction can move sent_at from null, however many jobs or restarts run. */
    @Modifying
    @Query("update CounselingReminder r set r.sentAt = :now where r.id = :id and r.sentAt is null")
    int claim(long id, Instant now);

    @Modifying
    @Query("delete from CounselingReminder r where r.bookingId = :bookingId and r.sentAt is null")
    void dropUnsent(long bookingId);
}
