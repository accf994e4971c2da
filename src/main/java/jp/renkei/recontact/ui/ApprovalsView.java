package jp.renkei.recontact.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.recontact.NewTherapyApproval;
import jp.renkei.recontact.TherapyApproval;
import jp.renkei.recontact.TherapyApprovals;
import jp.renkei.shared.Role;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.ui.DateFields;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.workflow.Refused;

/**
 * The network admin's biomarker → therapy approvals. Saving one raises recontact tasks for past panel cases with a
 * matching variant; the admin sees the approvals, never the cases.
 */
@Route("recontact/approvals")
@Menu(order = 92, title = "recontact.approvals.nav", icon = "vaadin:pill")
@RolesAllowed(Role.Names.NETWORK_ADMIN)
class ApprovalsView extends VerticalLayout implements HasDynamicTitle {

    private final TherapyApprovals service;
    private final Locale locale = MessageBundleI18NProvider.supported(getLocale());
    final TextField gene = new TextField();
    final TextField alteration = new TextField();
    final TextField cancerType = new TextField();
    final TextField drug = new TextField();
    final DatePicker approvedOn = new DatePicker();
    final TextField source = new TextField();
    final Button save = new Button();
    final Grid<TherapyApproval> grid = new Grid<>();

    ApprovalsView(TherapyApprovals service) {
        this.service = service;
        setMaxWidth("80rem");
        label(gene, "recontact.approval.gene", null);
        label(alteration, "recontact.approval.alteration", "recontact.approval.alterationHint");
        label(cancerType, "recontact.approval.cancerType", "recontact.approval.cancerTypeHint");
        label(drug, "recontact.approval.drug", null);
        label(source, "recontact.approval.source", null);
        approvedOn.setLabel(getTranslation("recontact.approval.approvedOn"));
        approvedOn.setLocale(locale);
        DateFields.localize(approvedOn);
        save.setId("approval-save");
        save.setText(getTranslation("recontact.approval.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        FormLayout form = new FormLayout(gene, alteration, cancerType, drug, approvedOn, source);
        form.setColspan(source, 2);
        grid.setId("approvals");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(a -> a.gene() + " " + (a.anyAlteration() ? getTranslation("recontact.approval.anyAlteration")
                : a.alteration())).setHeader(getTranslation("recontact.task.variant"));
        grid.addColumn(a -> a.everyCancerType() ? getTranslation("recontact.approval.everyCancerType")
                : a.cancerTypeCode()).setHeader(getTranslation("recontact.approval.cancerType"));
        grid.addColumn(TherapyApproval::drug).setHeader(getTranslation("recontact.approval.drug")).setFlexGrow(2);
        grid.addColumn(a -> day(a.approvedOn())).setHeader(getTranslation("recontact.approval.approvedOn"));
        grid.addColumn(TherapyApproval::source).setHeader(getTranslation("recontact.approval.source")).setFlexGrow(2);
        add(new H2(getTranslation("recontact.approvals.title")), new Paragraph(getTranslation("recontact.approvals.hint")),
                form, save, new H3(getTranslation("recontact.approvals.recorded")), grid);
        grid.setItems(service.list());
    }

    private void label(TextField field, String labelKey, String helperKey) {
        field.setLabel(getTranslation(labelKey));
        if (helperKey != null) {
            field.setHelperText(getTranslation(helperKey));
        }
    }

    private void save() {
        try {
            TherapyApproval saved = service.record(new NewTherapyApproval(gene.getValue(), alteration.getValue(),
                    cancerType.getValue(), drug.getValue(), approvedOn.getValue(), source.getValue()));
            Notifications.success(getTranslation("recontact.approval.saved", saved.gene(), saved.drug()));
            grid.setItems(service.list());
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }

    private String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recontact.approvals.title") + " | " + getTranslation("app.name");
    }
}
