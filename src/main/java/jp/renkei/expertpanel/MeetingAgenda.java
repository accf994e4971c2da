package jp.renkei.expertpanel;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import jp.renkei.expertpanel.composition.PanelRole;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.report.ReportRenderer;

/**
 * Fills the meeting agenda (reports/panel-agenda.jrxml): when and how the panel meets, who is expected in which
 * category, and each case on the agenda as the referring physician described it. Always in Japanese: it is handed
 * round as a clinical document whatever the reader's screen language.
 */
@Component
class MeetingAgenda {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日（E） HH:mm", Locale.JAPANESE)
            .withZone(JapanTime.ZONE);
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.JAPANESE)
            .withZone(JapanTime.ZONE);

    private final ReportRenderer renderer;
    private final MessageBundleI18NProvider messages;

    MeetingAgenda(ReportRenderer renderer, MessageBundleI18NProvider messages) {
        this.renderer = renderer;
        this.messages = messages;
    }

    /** The agenda as a PDF; {@code now} only stamps when it was printed (a copy may go stale). */
    byte[] render(String panelName, String hospitalName, MeetingDetails meeting, List<PanelMemberDetails> members,
            List<CaseHeader> cases, Instant now) {
        Map<String, Object> p = new HashMap<>();
        p.put("title", text("panel.agenda.title"));
        p.put("panelName", panelName);
        p.put("hospitalName", hospitalName);
        p.put("generatedAt", text("panel.agenda.printedAt", PRINTED.format(now)));
        p.put("labelWhen", text("panel.agenda.when"));
        p.put("meetingWhen", WHEN.format(meeting.startsAt()));
        p.put("labelKind", text("panel.agenda.kind"));
        p.put("meetingKind", kind(meeting));
        p.put("labelMembers", text("panel.agenda.members"));
        p.put("members", members.isEmpty() ? text("panel.agenda.noMembers")
                : members.stream().map(this::member).collect(Collectors.joining("\n")));
        p.put("casesHeading", text("panel.agenda.cases", cases.size()));
        p.put("labelCancerType", text("panel.agenda.cancerType"));
        p.put("labelServices", text("panel.agenda.services"));
        p.put("labelSummary", text("panel.agenda.summary"));
        p.put("noCases", text("panel.agenda.noCases"));
        p.put("footerNote", text("panel.agenda.footer"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            rows.add(row(i + 1, cases.get(i)));
        }
        return renderer.renderPdf("panel-agenda", p, rows, Locale.JAPAN);
    }

    private String kind(MeetingDetails meeting) {
        if (meeting.kind() == MeetingKind.REAL_TIME) {
            return text("panel.meeting.kind.REAL_TIME") + (meeting.videoUrl() == null ? ""
                    : "\n" + text("panel.agenda.videoLink", meeting.videoUrl()));
        }
        return text("panel.meeting.kind.ASYNC_ROUND") + "\n" + text("panel.agenda.asyncNote");
    }

    // One line per person: the categories they count for, then who they are, so a reader can check the roster
    private String member(PanelMemberDetails m) {
        String roles = m.roles().stream().sorted().map(r -> text(roleKey(r)))
                .collect(Collectors.joining("\n　　"));
        String who = m.name() + (m.specialty() == null || m.specialty().isBlank() ? "" : "（" + m.specialty() + "）");
        return "・" + who + "\n　　" + roles;
    }

    // literal keys, so the bundle tests can see each one
    private static String roleKey(PanelRole role) {
        return switch (role) {
            case A -> "panel.role.A";
            case B -> "panel.role.B";
            case C -> "panel.role.C";
            case D -> "panel.role.D";
            case E -> "panel.role.E";
            case F -> "panel.role.F";
            case G -> "panel.role.G";
        };
    }

    private Map<String, Object> row(int number, CaseHeader c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("caseHeading", text("panel.ownCase.agendaHeading", number, text(c.numberLabelKey()), c.number()));
        row.put("referrerLabel", text(c.originLabelKey()));
        row.put("referrer", c.origin()
                + (c.physician() == null ? "" : "　" + text("panel.agenda.physician", c.physician())));
        row.put("cancerType", c.cancerTypeJa() == null ? "—" : c.cancerTypeJa());
        row.put("services", c.services().stream().sorted().map(s -> text("service." + s.name()))
                .collect(Collectors.joining(" ／ ")));
        row.put("clinicalSummary", c.clinicalSummary() == null || c.clinicalSummary().isBlank() ? "—"
                : c.clinicalSummary());
        return row;
    }

    private String text(String key, Object... args) {
        return messages.getTranslation(key, MessageBundleI18NProvider.JAPANESE, args);
    }
}
