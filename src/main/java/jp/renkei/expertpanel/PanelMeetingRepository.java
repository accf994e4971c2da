package jp.renkei.expertpanel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PanelMeetingRepository extends JpaRepository<PanelMeeting, Long> {

    List<PanelMeeting> findByPanelIdOrderByStartsAtDesc(long panelId);

    Optional<PanelMeeting> findFirstByPanelIdAndStatusAndStartsAtGreaterThanEqualOrderByStartsAtAsc(long panelId,
            MeetingStatus status, Instant from);
}
