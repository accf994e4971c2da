package jp.renkei.expertpanel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.expertpanel.composition.CompositionRuleSet;
import jp.renkei.expertpanel.composition.CompositionRules;
import jp.renkei.expertpanel.composition.CompositionVerdict;
import jp.renkei.expertpanel.composition.TumourCategory;
import jp.renkei.identity.CurrentActor;
import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.SignedInUser;
import jp.renkei.shared.Role;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.shared.workflow.NotFound;
import jp.renkei.shared.workflow.Refused;
import jp.renkei.tenancy.HospitalDirectory;
import jp.renkei.tenancy.HospitalSummary;
import jp.renkei.tenancy.HospitalTier;

/**
 * Panels of the active hospital, their rosters and meetings, judged against the composition rules in force on
 * the day. Coordinators and hospital admins manage them; panel members read them. Every read that shows cases
 * (referred patients) is audited.
 */
@Service
public class PanelService {

    private static final String MANAGERS = "hasAnyRole('CORE_COORDINATOR', 'HOSPITAL_ADMIN')";
    private static final String READERS = "hasAnyRole('CORE_COORDINATOR', 'HOSPITAL_ADMIN', 'PANEL_MEMBER')";

    private final ExpertPanelRepository panels;
    private final PanelMemberRepository members;
    private final PanelMeetingRepository meetings;
    private final PanelCaseRepository cases;
    private final CompositionRules rules;
    private final AttendanceJudge judge;
    private final HospitalDirectory hospitals;
    private final CurrentActor currentActor;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseFactsSource facts;
    private final MeetingAgenda agenda;

    PanelService(ExpertPanelRepository panels, PanelMemberRepository members, PanelMeetingRepository meetings,
            PanelCaseRepository cases, CompositionRules rules, AttendanceJudge judge, HospitalDirectory hospitals,
            CurrentActor currentActor,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock, CaseFactsSource facts,
            MeetingAgenda agenda) {
        this.panels = panels;
        this.members = members;
        this.meetings = meetings;
        this.cases = cases;
        this.rules = rules;
        this.judge = judge;
        this.hospitals = hospitals;
        this.currentActor = currentActor;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.facts = facts;
        this.agenda = agenda;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<PanelSummary> list() {
        Instant now = clock.instant();
        return panels.findAllByOrderByNameAsc().stream().map(p -> summary(p, now)).toList();
    }

    /** Whether the signed-in person may change panels here (screens show or hide the forms by it). */
    @PreAuthorize(READERS)
    public boolean canManage() {
        SignedInUser user = currentUser.require();
        return user.has(Role.CORE_COORDINATOR) || user.has(Role.HOSPITAL_ADMIN);
    }

    /** Whether the active hospital may run panels: core and designated hospitals, and panel-capable liaison ones. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public boolean hospitalRunsPanels() {
        HospitalSummary here = hospitals.get(currentActor.require().hospital());
        return here.tier() != HospitalTier.LIAISON || here.panelCapable();
    }

    @PreAuthorize(MANAGERS)
    @Transactional
    public PanelSummary create(String name, TumourCategory category, boolean inHouseSequencing) {
        Actor actor = currentActor.require();
        if (!hospitalRunsPanels()) {
            throw new Refused("panel.error.notPanelCapable", "hospital " + actor.hospital().value());
        }
        if (name == null || name.isBlank() || category == null) {
            throw new Refused("panel.error.nameAndCategoryRequired", null);
        }
        ExpertPanel panel = panels.saveAndFlush(new ExpertPanel(actor.hospital(), name.strip(), category,
                inHouseSequencing, clock.instant()));
        audit(actor, "PANEL_CREATED", panel.id(), panel.name());
        return summary(panel, clock.instant());
    }

    /** The panel, its roster judged as of today with everyone present, its meetings and cases (audited read). */
    @PreAuthorize(READERS)
    @Transactional
    public PanelDetails get(long panelId) {
        Actor actor = currentActor.require();
        ExpertPanel panel = panel(panelId);
        List<PanelMember> roster = members.findByPanelIdOrderByIdAsc(panelId);
        LocalDate today = LocalDate.now(clock.withZone(JapanTime.ZONE));
        List<PanelCaseSummary> panelCases = caseSummaries(cases.findByPanelIdOrderByAcceptedAtDesc(panelId));
        audit(actor, "PANEL_VIEWED", panelId, panelCases.size() + " cases");
        return new PanelDetails(summary(panel, clock.instant()),
                roster.stream().map(PanelMember::toDetails).toList(),
                meetings.findByPanelIdOrderByStartsAtDesc(panelId).stream().map(PanelMeeting::toDetails).toList(),
                panelCases, today, clock.instant(), judge.rosterCheck(panel, roster, today));
    }

    @PreAuthorize(MANAGERS)
    @Transactional
    public PanelMemberDetails addMember(long panelId, NewPanelMember member) {
        Actor actor = currentActor.require();
        ExpertPanel panel = panel(panelId);
        requireValid(member);
        PanelMember saved = members.save(new PanelMember(actor.hospital(), panel.id(), member, clock.instant()));
        audit(actor, "PANEL_MEMBER_ADDED", panelId, member.name().strip());
        return saved.toDetails();
    }

    /** Takes someone off the roster, unless a signed-off meeting counted them: that record must stay as it was. */
    @PreAuthorize(MANAGERS)
    @Transactional
    public void removeMember(long panelId, long memberId) {
        Actor actor = currentActor.require();
        panel(panelId);
        PanelMember member = members.findById(memberId).filter(m -> m.panelId() == panelId)
                .orElseThrow(() -> new NotFound("panel_member:" + memberId));
        if (meetings.countSignedOffWithAttendee(memberId) > 0) {
            throw new Refused("panel.member.error.attendedSignedOff", "member " + memberId);
        }
        members.delete(member);
        audit(actor, "PANEL_MEMBER_REMOVED", panelId, member.toDetails().name());
    }

    @PreAuthorize(MANAGERS)
    @Transactional
    public MeetingDetails schedule(long panelId, MeetingKind kind, Instant startsAt, String videoUrl) {
        Actor actor = currentActor.require();
        ExpertPanel panel = panel(panelId);
        if (kind == null || startsAt == null) {
            throw new Refused("panel.meeting.error.whenRequired", null);
        }
        if (kind == MeetingKind.REAL_TIME && (videoUrl == null || !videoUrl.strip().startsWith("https://"))) {
            throw new Refused("panel.meeting.error.videoLinkRequired", videoUrl);
        }
        PanelMeeting scheduled = new PanelMeeting(actor.hospital(), panelId, kind, startsAt,
                videoUrl == null ? null : videoUrl.strip(), clock.instant());
        scheduled.changeCaseCapacity(panel.defaultCaseCapacity());
        PanelMeeting meeting = meetings.saveAndFlush(scheduled);
        audit(actor, "PANEL_MEETING_SCHEDULED", panelId, kind + " " + startsAt);
        return meeting.toDetails();
    }

    /**
     * Judges what the attendance would be found to be, without saving: the sign-off dialog shows it live. Uses the
     * rule set in force on the meeting's (Tokyo) date.
     */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public CompositionVerdict judge(long meetingId, Attendance attendance) {
        PanelMeeting meeting = meeting(meetingId);
        return judge.judge(panel(meeting.panelId()), meeting, attendance);
    }

    /**
     * Signs the meeting off if its attendance meets the rules in force that day; refuses with the reasons if not. The
     * cases it discussed are concluded with that rule set (see {@link CaseConclusions}).
     */
    @PreAuthorize(MANAGERS)
    @Transactional
    public MeetingDetails signOff(long meetingId, long expectedVersion, Attendance attendance) {
        Actor actor = currentActor.require();
        PanelMeeting meeting = meeting(meetingId);
        CompositionVerdict verdict = judge.judge(panel(meeting.panelId()), meeting, attendance);
        meeting.signOff(expectedVersion, attendance, verdict, actor.name(), clock.instant());
        meetings.flush();
        events.publishEvent(new MeetingSignedOff(actor, meetingId, verdict.ruleSetId(), verdict.ruleSetVersion()));
        audit(actor, "PANEL_MEETING_SIGNED_OFF", meeting.panelId(),
                "meeting " + meetingId + " " + verdict.ruleSetId() + "@" + verdict.ruleSetVersion());
        return meeting.toDetails();
    }

    /** Every rule set shipped, oldest first: the admins' view of what judged and judges the panels. */
    @PreAuthorize(MANAGERS)
    public List<CompositionRuleSet> ruleSets() {
        return rules.all().stream().sorted(Comparator.comparing(CompositionRuleSet::tumourCategory)
                .thenComparing(CompositionRuleSet::effectiveFrom)).toList();
    }

    /** One page of the cases this hospital referred or reviews, newest first (audited read: each is a referred patient). */
    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'HOSPITAL_ADMIN', 'PANEL_MEMBER', 'LIAISON_CLINICIAN')")
    @Transactional
    public List<PanelCaseSummary> cases(int offset, int limit) {
        Actor actor = currentActor.require();
        List<PanelCaseSummary> found = caseSummaries(cases.findByOrderByAcceptedAtDescIdDesc(
                PageRequest.of(offset / limit, limit)));
        audit(actor, "PANEL_CASES_VIEWED", null, "offset " + offset + ", " + found.size() + " cases");
        return found;
    }

    /**
     * The meeting's agenda as a PDF: when and how, who is expected, and each case on it as the referring physician
     * described it. Audited: it carries patient data, and a printed copy leaves the portal's control.
     */
    @PreAuthorize(READERS)
    @Transactional
    public byte[] agendaPdf(long meetingId) {
        Actor actor = currentActor.require();
        PanelMeeting meeting = meeting(meetingId);
        ExpertPanel panel = panel(meeting.panelId());
        List<CaseHeader> onAgenda = cases.findByMeetingIdOrderByAcceptedAtAscIdAsc(meetingId).stream()
                .map(facts::header).toList();
        byte[] pdf = agenda.render(panel.name(), hospitals.get(panel.hospitalId()).nameJa(), meeting.toDetails(),
                members.findByPanelIdOrderByIdAsc(panel.id()).stream().map(PanelMember::toDetails).toList(), onAgenda,
                clock.instant());
        audit(actor, "PANEL_AGENDA_DOWNLOADED", panel.id(), "meeting " + meetingId + ", " + onAgenda.size() + " cases");
        return pdf;
    }

    private static void requireValid(NewPanelMember member) {
        if (member.name().isBlank() || member.name().strip().length() > 200) {
            throw new Refused("panel.member.error.nameRequired", null);
        }
        if (member.roles().isEmpty()) {
            throw new Refused("panel.member.error.roleRequired", member.name());
        }
        if (member.roles().contains(jp.renkei.expertpanel.composition.PanelRole.A)
                && (member.specialty() == null || member.specialty().isBlank())) {
            throw new Refused("panel.member.error.specialtyRequired", member.name());
        }
    }

    private ExpertPanel panel(long id) {
        return panels.findById(id).orElseThrow(() -> new NotFound("panel:" + id));
    }

    private PanelMeeting meeting(long id) {
        return meetings.findById(id).orElseThrow(() -> new NotFound("panel_meeting:" + id));
    }

    private PanelSummary summary(ExpertPanel panel, Instant now) {
        Instant next = meetings.findFirstByPanelIdAndStatusAndStartsAtGreaterThanEqualOrderByStartsAtAsc(panel.id(),
                MeetingStatus.SCHEDULED, now).map(PanelMeeting::startsAt).orElse(null);
        List<PanelMember> roster = members.findByPanelIdOrderByIdAsc(panel.id());
        return new PanelSummary(panel.id(), panel.name(), panel.tumourCategory(), panel.inHouseSequencing(),
                roster.size(), next, judge.rosterCheck(panel, roster, LocalDate.ofInstant(now, JapanTime.ZONE)).valid());
    }

    private List<PanelCaseSummary> caseSummaries(List<PanelCase> found) {
        Map<Long, String> numbers = facts.numbers(found);
        return found.stream().map(c -> c.summary(numbers.get(c.id()))).toList();
    }

    private void audit(Actor actor, String action, Long panelId, String detail) {
        events.publishEvent(AuditEvent.byUser(actor.user(), actor.name(), actor.hospital(), action,
                panelId == null ? null : "panel:" + panelId, detail));
    }
}
