package jp.renkei.expertpanel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import jp.renkei.expertpanel.composition.CompositionRules;
import jp.renkei.expertpanel.composition.CompositionVerdict;
import jp.renkei.expertpanel.composition.PanelParticipant;
import jp.renkei.expertpanel.composition.ReviewCircumstances;
import jp.renkei.expertpanel.composition.RosterValidator;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.workflow.Refused;

/**
 * Turns a panel's roster and a meeting's attendance into the participants and circumstances the composition rules
 * judge: one place, so the live check, the sign-off and the demo data judge alike.
 */
@Component
class AttendanceJudge {

    private final RosterValidator validator;
    private final PanelMemberRepository members;

    AttendanceJudge(CompositionRules rules, PanelMemberRepository members) {
        this.validator = new RosterValidator(rules);
        this.members = members;
    }

    /** The whole roster on {@code day}; the attending physician is a per-case matter, so counted as present. */
    CompositionVerdict rosterCheck(ExpertPanel panel, List<PanelMember> roster, LocalDate day) {
        List<PanelParticipant> everyone = new ArrayList<>(roster.stream().map(PanelMember::asParticipant).toList());
        everyone.add(attending());
        return validator.judge(everyone, new ReviewCircumstances(day, panel.tumourCategory(),
                panel.inHouseSequencing(), false, true));
    }

    /** The attendance of one meeting, under the rules in force on the meeting's (Tokyo) date. */
    CompositionVerdict judge(ExpertPanel panel, PanelMeeting meeting, Attendance attendance) {
        Map<Long, PanelMember> roster = new HashMap<>();
        members.findByPanelIdOrderByIdAsc(panel.id()).forEach(m -> roster.put(m.id(), m));
        if (!roster.keySet().containsAll(attendance.memberIds())) {
            throw new Refused("panel.meeting.error.notAMember", attendance.memberIds().toString());
        }
        return judge(panel, attendance.memberIds().stream().sorted().map(roster::get).toList(),
                attendance.attendingPresent(), LocalDate.ofInstant(meeting.startsAt(), JapanTime.ZONE),
                attendance.pediatricCase(), attendance.historyProvided());
    }

    /**
     * The members who agreed in an asynchronous round, under the rules in force on the round's day. The attending
     * physician takes no part in a round, so it needs the treatment and family history provided.
     */
    CompositionVerdict judgeRound(ExpertPanel panel, List<PanelMember> agreed, LocalDate day, boolean pediatricCase,
            boolean historyProvided) {
        return judge(panel, agreed, false, day, pediatricCase, historyProvided);
    }

    private CompositionVerdict judge(ExpertPanel panel, List<PanelMember> people, boolean attendingPresent,
            LocalDate day, boolean pediatricCase, boolean historyProvided) {
        List<PanelParticipant> present = new ArrayList<>(people.stream().map(PanelMember::asParticipant).toList());
        if (attendingPresent) {
            present.add(attending());
        }
        return validator.judge(present, new ReviewCircumstances(day, panel.tumourCategory(),
                panel.inHouseSequencing(), pediatricCase, historyProvided));
    }

    private static PanelParticipant attending() {
        return new PanelParticipant("attending", Set.of(), null, false, false, true);
    }
}
