package jp.renkei.ccat.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.ccat.claims.BillingListCsv;
import jp.renkei.ccat.claims.BillingListRow;
import jp.renkei.ccat.claims.BillingService;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;

/** The billing office's month: what was claimed, what can be claimed and what is at risk, with a CSV for Excel. */
@Route("ccat/billing")
@Menu(order = 47, title = "ccat.billing.nav", icon = "vaadin:coin-piles")
@RolesAllowed({Role.Names.CORE_COORDINATOR, Role.Names.HOSPITAL_ADMIN})
class BillingView extends VerticalLayout implements HasDynamicTitle {

    private static final int MONTHS = 24;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final BillingService billing;
    private final BillingListCsv csvWriter;
    final Select<YearMonth> month = new Select<>();
    final Anchor csv = new Anchor();
    final Paragraph empty = new Paragraph();
    final Grid<BillingListRow> grid = new Grid<>();

    BillingView(BillingService billing, BillingListCsv csvWriter, Clock clock) {
        this.billing = billing;
        this.csvWriter = csvWriter;
        setSizeFull();
        Locale locale = getLocale();
        YearMonth current = YearMonth.now(clock.withZone(JapanTime.ZONE));
        List<YearMonth> months = IntStream.range(0, MONTHS).mapToObj(current::minusMonths).toList();
        month.setLabel(getTranslation("ccat.billing.month"));
        month.setItems(months);
        month.setItemLabelGenerator(m -> m.format(DateTimeFormatter.ofPattern(
                Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "MMM yyyy" : "yyyy年M月", locale)));
        month.setValue(current);
        month.addValueChangeListener(e -> show());
        csv.setHref(DownloadHandler.fromInputStream(event -> {
            YearMonth chosen = month.getValue();
            byte[] content = csvWriter.write(billing.month(chosen), locale);
            return new DownloadResponse(new ByteArrayInputStream(content), "ccat-billing-" + chosen + ".csv",
                    "text/csv;charset=UTF-8", content.length);
        }));
        csv.getElement().setAttribute("download", true);
        Button csvButton = new Button(getTranslation("ccat.billing.downloadCsv"), VaadinIcon.FILE_TABLE.create());
        csvButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        csv.add(csvButton);
        HorizontalLayout toolbar = new HorizontalLayout(month, csv);
        toolbar.setAlignItems(Alignment.BASELINE);

        grid.addColumn(BillingListRow::patientId).setHeader(getTranslation("ccat.billing.list.patientId"))
                .setAutoWidth(true);
        grid.addColumn(BillingListRow::patientName).setHeader(getTranslation("ccat.billing.list.patientName"))
                .setAutoWidth(true);
        grid.addColumn(BillingListRow::testName).setHeader(getTranslation("ccat.billing.list.test")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.verdict().item().messageKey()))
                .setHeader(getTranslation("ccat.billing.list.item")).setAutoWidth(true);
        grid.addComponentColumn(row -> BillingBadges.status(row.verdict().status(), this))
                .setHeader(getTranslation("ccat.billing.list.status")).setAutoWidth(true);
        grid.addColumn(row -> String.format(locale, "%,d", row.verdict().points()))
                .setHeader(getTranslation("ccat.billing.list.points")).setAutoWidth(true);
        grid.addColumn(row -> row.claimedOn() == null ? "" : DAY.format(row.claimedOn()))
                .setHeader(getTranslation("ccat.billing.list.claimedOn")).setAutoWidth(true);
        grid.addColumn(row -> csvWriter.reason(row.verdict(), locale))
                .setHeader(getTranslation("ccat.billing.list.reason")).setFlexGrow(3);
        grid.setSizeFull();
        empty.setText(getTranslation("ccat.billing.empty"));

        add(new H2(getTranslation("ccat.billing.title")), new Paragraph(getTranslation("ccat.billing.intro")), toolbar,
                empty, grid);
        show();
    }

    private void show() {
        List<BillingListRow> rows = billing.month(month.getValue());
        grid.setItems(rows);
        empty.setVisible(rows.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ccat.billing.title") + " | " + getTranslation("app.name");
    }
}
