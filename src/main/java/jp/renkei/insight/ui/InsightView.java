package jp.renkei.insight.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.insight.InsightFigures;
import jp.renkei.insight.InsightService;
import jp.renkei.shared.Role;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.ui.DateFields;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.workflow.Refused;

/**
 * Turnaround per stage and treatment access, as charts with the numbers beside them and a CSV of the same: the
 * hospital's own journeys, or for the network admin the network and each hospital. Opens on the last two years.
 */
@Route("insight")
@Menu(order = 60, title = "insight.nav", icon = "vaadin:chart")
@RolesAllowed({ Role.Names.CORE_COORDINATOR, Role.Names.HOSPITAL_ADMIN, Role.Names.LIAISON_CLINICIAN,
        Role.Names.NETWORK_ADMIN })
class InsightView extends VerticalLayout implements HasDynamicTitle {

    private final InsightService service;
    private final Locale locale = MessageBundleI18NProvider.supported(getLocale());
    private final Texts texts = this::getTranslation;
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Button show = new Button();
    final Anchor csv = new Anchor();
    final Paragraph scope = new Paragraph();
    final Div figures = new Div();
    InsightFigures shown;

    InsightView(InsightService service) {
        this.service = service;
        setMaxWidth("80rem");
        LocalDate today = service.today();
        picker(from, "insight.from", today.minusYears(2).plusDays(1));
        picker(to, "insight.to", today);
        show.setId("insight-show");
        show.setText(getTranslation("insight.show"));
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClickListener(e -> refresh());
        csv.setId("insight-csv");
        csv.getElement().setAttribute("download", true);
        csv.add(new Button(getTranslation("insight.csv"), VaadinIcon.DOWNLOAD.create()));
        csv.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = new InsightCsv(texts, locale).render(shown);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "renkei-figures.csv",
                    "text/csv; charset=UTF-8", bytes.length);
        }));
        HorizontalLayout chooser = new HorizontalLayout(from, to, show, csv);
        chooser.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        scope.setId("insight-scope");
        figures.setId("insight-figures");
        figures.setWidthFull();
        add(new H2(getTranslation("insight.title")), scope, chooser, figures);
        refresh();
    }

    private void picker(DatePicker picker, String labelKey, LocalDate value) {
        picker.setLabel(getTranslation(labelKey));
        picker.setLocale(locale);
        DateFields.localize(picker);
        picker.setValue(value);
    }

    private void refresh() {
        try {
            shown = service.figures(from.getValue(), to.getValue());
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
            return;
        }
        scope.setText(shown.network() ? getTranslation("insight.scope.network", 5)
                : getTranslation("insight.scope.hospital", shown.hospital().name(locale)));
        InsightCharts charts = new InsightCharts(texts, locale);
        InsightTables tables = new InsightTables(texts, locale);
        figures.removeAll();
        figures.add(new H3(getTranslation("insight.section.stages")),
                chart("insight-chart-stages", charts.stages(shown.stages()), "insight.chart.stages"),
                tables.stages(shown.stages()),
                chart("insight-chart-monthly", charts.monthly(shown), "insight.chart.monthly"));
        if (shown.network()) {
            figures.add(new H3(getTranslation("insight.section.stagesByHospital")),
                    tables.stagesByHospital(shown.turnaroundByHospital()));
        }
        figures.add(new H3(getTranslation("insight.section.accessByTiming")),
                new Paragraph(getTranslation("insight.access.hint")),
                chart("insight-chart-access", charts.accessByTiming(shown.accessByTiming()),
                        "insight.chart.accessByTiming"),
                tables.accessByTiming(shown.accessByTiming()));
        if (shown.network()) {
            figures.add(new H3(getTranslation("insight.section.accessByHospital")),
                    chart("insight-chart-access-hospitals", charts.accessByHospital(shown),
                            "insight.chart.accessByHospital"),
                    tables.accessByHospital(shown.accessByHospital()));
        }
    }

    private Component chart(String id, byte[] png, String titleKey) {
        Image image = new Image(png, getTranslation(titleKey));
        image.setId(id);
        image.setWidth(ChartStyle.WIDTH + "px");
        image.getStyle().set("max-width", "100%").set("height", "auto");
        return image;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insight.title") + " | " + getTranslation("app.name");
    }
}
