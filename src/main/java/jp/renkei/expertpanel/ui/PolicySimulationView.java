package jp.renkei.expertpanel.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.expertpanel.PolicySimulation;
import jp.renkei.expertpanel.PolicySimulationService;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.workflow.Refused;
import jp.renkei.shared.ui.DateFields;

/**
 * What the 2025 three-society proposal (not in force) would have meant for this hospital's panel cases: how many
 * could have been explained without the panel, and how many days sooner. Opens on the last six months.
 */
@Route("panels/simulation")
@RolesAllowed({ Role.Names.CORE_COORDINATOR, Role.Names.HOSPITAL_ADMIN, Role.Names.PANEL_MEMBER })
class PolicySimulationView extends VerticalLayout implements HasDynamicTitle {

    private final PolicySimulationService service;
    private final Locale locale = MessageBundleI18NProvider.supported(getLocale());
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Button run = new Button();
    final SimulationFigures figures = new SimulationFigures();
    final SimulatedCasesGrid cases = new SimulatedCasesGrid(locale);
    final Paragraph period = new Paragraph();

    PolicySimulationView(PolicySimulationService service, Clock clock) {
        this.service = service;
        setMaxWidth("80rem");
        LocalDate today = LocalDate.now(clock.withZone(JapanTime.ZONE));
        picker(from, "panel.simulation.from", today.minusMonths(6).plusDays(1));
        picker(to, "panel.simulation.to", today);
        run.setId("simulation-run");
        run.setText(getTranslation("panel.simulation.run"));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> simulate());
        HorizontalLayout chooser = new HorizontalLayout(from, to, run);
        chooser.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        period.setId("simulation-period");
        period.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");

        add(new Anchor("panels", getTranslation("panel.backToList")), new H2(getTranslation("panel.simulation.title")),
                banner(), chooser, period, figures, new H3(getTranslation("panel.simulation.cases")),
                new Paragraph(getTranslation("panel.simulation.casesHint")), cases,
                new ProposalEntriesList(service.proposal()));
        simulate();
    }

    private Div banner() {
        Div banner = new Div();
        banner.setId("simulation-banner");
        banner.addClassName("next-step");
        banner.getStyle().set("border-left-color", "var(--lumo-warning-color, #e0a800)").set("background", "#fff8e1");
        Paragraph notInForce = new Paragraph(getTranslation("panel.simulation.banner"));
        notInForce.getStyle().set("font-weight", "600").set("margin", "0");
        Paragraph how = new Paragraph(getTranslation("panel.simulation.how"));
        how.getStyle().set("margin", "var(--lumo-space-xs) 0 0").set("font-size", "var(--lumo-font-size-s)");
        banner.add(notInForce, how);
        return banner;
    }

    private void picker(DatePicker picker, String labelKey, LocalDate value) {
        picker.setLabel(getTranslation(labelKey));
        picker.setLocale(locale);
        DateFields.localize(picker);
        picker.setValue(value);
    }

    private void simulate() {
        try {
            PolicySimulation result = service.simulate(from.getValue(), to.getValue());
            period.setText(getTranslation("panel.simulation.period", PanelTexts.day(result.from(), locale),
                    PanelTexts.day(result.to(), locale)));
            figures.show(result.totals(), locale);
            cases.show(result.cases());
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("panel.simulation.title") + " | " + getTranslation("app.name");
    }
}
