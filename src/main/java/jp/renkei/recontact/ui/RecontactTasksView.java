package jp.renkei.recontact.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.recontact.RecontactTaskDetails;
import jp.renkei.recontact.RecontactTasks;
import jp.renkei.shared.Role;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.workflow.Refused;

/**
 * The recontact tasks of this hospital's patients: which newly approved therapy concerns which past panel case, and
 * whether the patient has been told. Open tasks first.
 */
@Route("recontact")
@Menu(order = 32, title = "recontact.nav", icon = "vaadin:phone")
@RolesAllowed({ Role.Names.LIAISON_CLINICIAN, Role.Names.CORE_COORDINATOR, Role.Names.HOSPITAL_ADMIN })
class RecontactTasksView extends VerticalLayout implements HasDynamicTitle {

    private final RecontactTasks service;
    private final Locale locale = MessageBundleI18NProvider.supported(getLocale());
    private final DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    final Grid<RecontactTaskDetails> grid = new Grid<>();

    RecontactTasksView(RecontactTasks service) {
        this.service = service;
        setMaxWidth("90rem");
        grid.setId("recontact-tasks");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(t -> new Anchor("panels/cases/" + t.panelCaseId(), t.caseLabel()))
                .setHeader(getTranslation("recontact.task.case")).setAutoWidth(true);
        grid.addColumn(t -> t.gene() + " " + t.alteration()).setHeader(getTranslation("recontact.task.variant"));
        grid.addColumn(t -> t.approval().drug()).setHeader(getTranslation("recontact.approval.drug")).setFlexGrow(2);
        grid.addColumn(t -> cancerType(t.approval().cancerTypeCode()))
                .setHeader(getTranslation("recontact.approval.cancerType"));
        grid.addColumn(t -> day(t.approval().approvedOn())).setHeader(getTranslation("recontact.approval.approvedOn"));
        grid.addColumn(t -> t.approval().source()).setHeader(getTranslation("recontact.approval.source")).setFlexGrow(2);
        grid.addComponentColumn(this::state).setHeader(getTranslation("recontact.task.state")).setAutoWidth(true);
        add(new H2(getTranslation("recontact.title")), new Paragraph(getTranslation("recontact.hint")), grid);
        refresh();
    }

    private Component state(RecontactTaskDetails task) {
        if (!task.open()) {
            return new Span(getTranslation("recontact.task.contacted", day(task.contactedOn()), task.contactedBy()));
        }
        Button done = new Button(getTranslation("recontact.task.markContacted"), e -> markContacted(task));
        done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        return done;
    }

    private void markContacted(RecontactTaskDetails task) {
        try {
            service.markContacted(task.id(), task.version());
            Notifications.success(getTranslation("recontact.task.marked"));
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(service.list());
    }

    private String cancerType(String code) {
        return "*".equals(code) ? getTranslation("recontact.approval.everyCancerType") : code;
    }

    private String day(LocalDate day) {
        return day == null ? "" : dates.withLocale(locale).format(day);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recontact.title") + " | " + getTranslation("app.name");
    }
}
