package jp.renkei.expertpanel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import jp.renkei.expertpanel.composition.TumourCategory;

/**
 * The queries behind assignment and each meeting's load. The locks serialise everyone who puts cases on the same
 * meetings: whoever holds a meeting's row counts its cases, and nobody else can add one until that commits.
 */
interface MeetingLoadRepository extends Repository<PanelMeeting, Long> {

    /** A meeting's cases, counted per meeting ({@code meetingId}, count). */
    record MeetingCount(Long meetingId, long cases) {
    }

    @Query("select p from ExpertPanel p where p.tumourCategory = :category order by p.id")
    List<ExpertPanel> panelsFor(TumourCategory category);

    /**
     * SELECT … FOR UPDATE on the panel's scheduled meetings from {@code from}, in one order (time, then id) for
     * everyone, so two assignments never wait for each other in a circle. Native, because Hibernate's MySQL dialect
     * writes "FOR UPDATE OF alias", which MariaDB rejects; the ids are then read through the tenant filter.
     */
    @Query(value = """
            select id from panel_meeting where panel_id = :panelId and status = 'SCHEDULED' and starts_at >= :from
            order by starts_at, id for update
            """, nativeQuery = true)
    List<Long> lockScheduledFrom(long panelId, Instant from);

    @Query(value = "select id from panel_meeting where id = :meetingId for update", nativeQuery = true)
    List<Long> lock(long meetingId);

    @Query("select m from PanelMeeting m where m.id in :ids order by m.startsAt, m.id")
    List<PanelMeeting> meetings(Collection<Long> ids);

    @Query("select m from PanelMeeting m where m.id = :meetingId")
    Optional<PanelMeeting> meeting(long meetingId);

    @Query("""
            select m from PanelMeeting m where m.panelId = :panelId
              and m.status = jp.renkei.expertpanel.MeetingStatus.SCHEDULED and m.startsAt >= :from
            order by m.startsAt, m.id
            """)
    List<PanelMeeting> scheduledFrom(long panelId, Instant from);

    @Query("""
            select new jp.renkei.expertpanel.MeetingLoadRepository$MeetingCount(c.meetingId, count(c))
            from PanelCase c where c.meetingId in :meetingIds group by c.meetingId
            """)
    List<MeetingCount> countCases(Collection<Long> meetingIds);

    /** One case on a meeting with its due date, to tell whether the meeting is late for it. */
    record CaseDue(Long meetingId, LocalDate dueOn, Instant meetingStartsAt) {
    }

    @Query("""
            select new jp.renkei.expertpanel.MeetingLoadRepository$CaseDue(c.meetingId, c.dueOn, c.meetingStartsAt)
            from PanelCase c where c.meetingId in :meetingIds
            """)
    List<CaseDue> casesOn(Collection<Long> meetingIds);

    @Query("""
            select count(c) from PanelCase c where c.panelId = :panelId and c.meetingId is null
              and c.status in (jp.renkei.expertpanel.PanelCaseStatus.ASSIGNED,
                               jp.renkei.expertpanel.PanelCaseStatus.ESCALATED)
            """)
    long countUnassigned(long panelId);
}
