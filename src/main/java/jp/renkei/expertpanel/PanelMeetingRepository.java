package jp.renkei.expertpanel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PanelMeetingRepository extends JpaRepository<PanelMeeting, Long> {

    List<PanelMeeting> findByPanelIdOrderByStartsAtDesc(long panelId);

    Optional<PanelMeeting> findFirstByPanelIdAndStatusAndStartsAtGreaterThanEqualOrderByStartsAtAsc(long panelId,
            MeetingStatus status, Instant from);

    /** Where a disagreement in an asynchronous round sends the case: the panel's next meeting in real time. */
    Optional<PanelMeeting> findFirstByPanelIdAndKindAndStatusAndStartsAtGreaterThanEqualOrderByStartsAtAsc(long panelId,
            MeetingKind kind, MeetingStatus status, Instant from);

    @Query("""
            select count(m) from PanelMeeting m where m.status = jp.renkei.expertpanel.MeetingStatus.SIGNED_OFF
              and :member member of m.attendees
            """)
    long countSignedOffWithAttendee(long member);
}
