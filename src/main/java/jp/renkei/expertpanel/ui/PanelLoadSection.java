package jp.renkei.expertpanel.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.spring.annotation.SpringComponent;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

import jp.renkei.expertpanel.MeetingLoad;
import jp.renkei.expertpanel.PanelAssignmentService;
import jp.renkei.expertpanel.PanelLoad;
import jp.renkei.expertpanel.PanelService;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.workflow.Refused;

/**
 * On the panel page: each upcoming meeting's cases against its capacity and how many of them are late, and the
 * cases still waiting for a meeting. Coordinators and hospital admins change the capacities here.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class PanelLoadSection extends Composite<VerticalLayout> implements BeforeEnterObserver {

    private final PanelAssignmentService service;
    private final boolean manages;
    private final Locale locale = MessageBundleI18NProvider.supported(getLocale());
    final Paragraph summary = new Paragraph();
    final Grid<MeetingLoad> meetings = new Grid<>();
    final IntegerField defaultCapacity = capacityField(getTranslation("panel.load.defaultCapacity"));
    private final HorizontalLayout defaultForm;
    private long panelId;

    PanelLoadSection(PanelAssignmentService service, PanelService panels) {
        this.service = service;
        this.manages = panels.canManage();
        setId("panel-load");
        meetings.addColumn(m -> PanelTexts.when(m.startsAt(), locale)).setHeader(getTranslation("panel.meeting.when"))
                .setAutoWidth(true);
        meetings.addColumn(m -> getTranslation(PanelTexts.kindKey(m.kind())))
                .setHeader(getTranslation("panel.meeting.kind")).setAutoWidth(true).setFlexGrow(0);
        meetings.addComponentColumn(this::casesOfCapacity).setHeader(getTranslation("panel.load.cases"))
                .setAutoWidth(true).setFlexGrow(0);
        meetings.addColumn(m -> m.late() == 0 ? "" : getTranslation("panel.load.lateCount", m.late()))
                .setHeader(getTranslation("panel.load.late")).setAutoWidth(true).setFlexGrow(0);
        if (manages) {
            meetings.addComponentColumn(this::capacityEditor).setHeader(getTranslation("panel.load.capacity"))
                    .setAutoWidth(true);
        }
        meetings.setAllRowsVisible(true);
        meetings.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        Button saveDefault = new Button(getTranslation("panel.load.save"),
                e -> change(() -> service.changeDefaultCapacity(panelId, valueOf(defaultCapacity))));
        defaultForm = new HorizontalLayout(defaultCapacity, saveDefault);
        defaultForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        defaultForm.setVisible(manages);
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.add(new H3(getTranslation("panel.load.title")), summary, meetings, defaultForm);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        panelId = event.getRouteParameters().getLong("id").orElse(0L);
        refresh();
    }

    void refresh() {
        PanelLoad load = service.load(panelId);
        summary.setText(load.meetings().isEmpty() ? getTranslation("panel.load.noMeetings")
                : getTranslation("panel.load.summary", load.meetings().stream().mapToLong(MeetingLoad::cases).sum(),
                        load.meetings().stream().mapToLong(MeetingLoad::capacity).sum(),
                        load.meetings().stream().mapToLong(MeetingLoad::late).sum()));
        if (load.unassigned() > 0) {
            Span waiting = new Span(getTranslation("panel.load.unassigned", load.unassigned()));
            waiting.addClassName("load-unassigned");
            waiting.getStyle().set("color", "var(--lumo-error-text-color)").set("margin-left", "1em");
            summary.add(waiting);
        }
        meetings.setItems(load.meetings());
        meetings.setVisible(!load.meetings().isEmpty());
        defaultCapacity.setValue(load.defaultCapacity());
    }

    private Component casesOfCapacity(MeetingLoad m) {
        Span text = new Span(getTranslation(m.full() ? "panel.load.casesFull" : "panel.load.casesOfCapacity",
                m.cases(), m.capacity()));
        if (m.full()) {
            text.getStyle().set("font-weight", "600");
        }
        return text;
    }

    private Component capacityEditor(MeetingLoad m) {
        IntegerField capacity = capacityField(null);
        capacity.setValue(m.capacity());
        capacity.setWidth("6em");
        capacity.addThemeName("small");
        Button save = new Button(getTranslation("panel.load.save"),
                e -> change(() -> service.changeCapacity(m.meetingId(), valueOf(capacity))));
        save.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout editor = new HorizontalLayout(capacity, save);
        editor.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        editor.addClassName("capacity-editor");
        return editor;
    }

    private void change(Runnable step) {
        try {
            step.run();
            Notifications.success(getTranslation("panel.load.saved"));
            refresh();
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }

    private static IntegerField capacityField(String label) {
        IntegerField field = new IntegerField(label);
        field.setMin(1);
        field.setMax(200);
        field.setStepButtonsVisible(true);
        return field;
    }

    /** An empty field is 0, which the service refuses with the allowed range. */
    private static int valueOf(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
