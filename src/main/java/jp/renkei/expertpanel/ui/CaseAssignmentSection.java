package jp.renkei.expertpanel.ui;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import jp.renkei.expertpanel.CaseAssignment;
import jp.renkei.expertpanel.CaseMove;
import jp.renkei.expertpanel.MeetingLoad;
import jp.renkei.expertpanel.PanelAssignmentService;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.workflow.Refused;

/**
 * On the case page: the day the case is due at a panel, whether its meeting is after it or it has none yet, the
 * coordinator's earlier moves with their reasons, and (for the panel's coordinator) moving it to another meeting.
 */
class CaseAssignmentSection extends Composite<VerticalLayout> {

    interface Moved {
        void refresh();
    }

    private final PanelAssignmentService service;
    private final Moved moved;
    private final Locale locale = MessageBundleI18NProvider.supported(getLocale());
    final Paragraph due = new Paragraph();
    final UnorderedList moves = new UnorderedList();
    /** The coordinator's moving, shown to those who may move the case and built when they open it. */
    final BuiltOnOpen moveForm = new BuiltOnOpen(getTranslation("panel.assignment.move"), "open-move",
            this::buildMoveForm);
    private List<MeetingLoad> targets = List.of();
    Select<MeetingLoad> target;
    TextField reason;
    Button move;
    private final LatestShown<CaseAssignment> shown = new LatestShown<>(this::show);
    private long caseId;

    CaseAssignmentSection(PanelAssignmentService service, Moved moved) {
        this.service = service;
        this.moved = moved;
        setId("case-assignment");
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.add(new H3(getTranslation("panel.assignment.title")), due, moves, moveForm);
    }

    private Component buildMoveForm() {
        target = new Select<>();
        target.setLabel(getTranslation("panel.assignment.target"));
        target.setItemLabelGenerator(this::targetLabel);
        target.setItemEnabledProvider(m -> !m.full());
        target.setWidth("26em");
        reason = new TextField(getTranslation("panel.assignment.reason"));
        reason.setWidth("24em");
        reason.setMaxLength(500);
        move = new Button(getTranslation("panel.assignment.move"), e -> move());
        target.setItems(targets);
        HorizontalLayout form = new HorizontalLayout(target, reason, move);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    void show(long caseId) {
        this.caseId = caseId;
        shown.show(service.assignment(caseId));
    }

    /** After someone else's change: redraws only if the assignment changed, keeping a reason being typed. */
    void showChanges() {
        shown.showIfChanged(service.assignment(caseId));
    }

    private void show(CaseAssignment assignment) {
        due.removeAll();
        due.add(new Span(assignment.dueOn() == null ? getTranslation("panel.assignment.noDueDate")
                : getTranslation("panel.assignment.dueOn", PanelTexts.day(assignment.dueOn(), locale))));
        if (assignment.late() || assignment.unassigned()) {
            Span flag = new Span(getTranslation(assignment.late() ? "panel.assignment.late"
                    : "panel.assignment.unassigned"));
            flag.addClassName("assignment-flag");
            flag.getStyle().set("color", "var(--lumo-error-text-color)").set("margin-left", "1em");
            due.add(flag);
        }
        moves.removeAll();
        assignment.moves().forEach(m -> moves.add(new ListItem(moveText(m))));
        moves.setVisible(!assignment.moves().isEmpty());
        moveForm.setVisible(assignment.canReassign());
        targets = assignment.targets();
        if (target != null) {
            target.setItems(targets);
        }
    }

    private void move() {
        if (target.getValue() == null) {
            Notifications.error(getTranslation("panel.assignment.error.targetRequired"));
            return;
        }
        try {
            service.reassign(caseId, target.getValue().meetingId(), reason.getValue());
            reason.clear();
            Notifications.success(getTranslation("panel.assignment.moved"));
            moved.refresh();
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }

    private String targetLabel(MeetingLoad m) {
        return getTranslation(m.full() ? "panel.assignment.targetFull" : "panel.assignment.targetOption",
                PanelTexts.when(m.startsAt(), locale), m.panelName(), m.cases(), m.capacity());
    }

    private String moveText(CaseMove m) {
        return getTranslation("panel.assignment.moveRecord", whereText(m.fromPanel(), m.fromMeeting()),
                whereText(m.toPanel(), m.toMeeting()), m.reason(), m.movedBy(), PanelTexts.when(m.movedAt(), locale));
    }

    private String whereText(String panel, Instant meeting) {
        if (panel == null) {
            return getTranslation("panel.assignment.nowhere");
        }
        return panel + " " + (meeting == null ? getTranslation("panel.assignment.noMeeting")
                : PanelTexts.when(meeting, locale));
    }
}
