package jp.renkei.ccat.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.ccat.ledger.Ledger;
import jp.renkei.ccat.ledger.LedgerConsent;
import jp.renkei.ccat.ledger.LedgerFile;
import jp.renkei.ccat.ledger.LedgerRow;
import jp.renkei.ccat.ledger.LedgerService;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.ui.DateFields;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.workflow.Refused;

/**
 * The CGP ledger of the hospital's own patients for a range of order dates, as the facility standard asks for it,
 * with the CSV (Excel) and PDF downloads. Nothing here is typed: it is read from the workflow.
 */
@Route("ccat/ledger")
@Menu(order = 46, title = "ccat.ledger.nav", icon = "vaadin:book-dollar")
@RolesAllowed({Role.Names.CORE_COORDINATOR, Role.Names.HOSPITAL_ADMIN})
class LedgerView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final LedgerService ledgers;
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Button show = new Button();
    final Anchor csv = new Anchor();
    final Anchor pdf = new Anchor();
    final Paragraph summary = new Paragraph();
    final Grid<LedgerRow> grid = new Grid<>();

    LedgerView(LedgerService ledgers, Clock clock) {
        this.ledgers = ledgers;
        setSizeFull();
        LocalDate today = LocalDate.now(clock.withZone(JapanTime.ZONE));
        from.setLabel(getTranslation("ccat.ledger.from"));
        to.setLabel(getTranslation("ccat.ledger.to"));
        DateFields.localize(from);
        DateFields.localize(to);
        from.setValue(today.withDayOfMonth(1).minusMonths(5));
        to.setValue(today);
        show.setText(getTranslation("ccat.ledger.show"));
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClickListener(e -> show());
        csv.setId("ledger-csv");
        pdf.setId("ledger-pdf");
        download(csv, "ccat.ledger.downloadCsv", VaadinIcon.FILE_TABLE,
                () -> ledgers.csv(from.getValue(), to.getValue(), getLocale()));
        download(pdf, "ccat.ledger.downloadPdf", VaadinIcon.FILE_TEXT_O,
                () -> ledgers.pdf(from.getValue(), to.getValue(), getLocale()));
        HorizontalLayout toolbar = new HorizontalLayout(from, to, show, csv, pdf);
        toolbar.setAlignItems(Alignment.BASELINE);

        column(LedgerRow::patientId, "ccat.ledger.column.patientId");
        column(LedgerRow::patientName, "ccat.ledger.column.patientName");
        column(LedgerRow::testName, "ccat.ledger.column.test").setFlexGrow(2);
        column(row -> day(row.specimenShippedOn()), "ccat.ledger.column.specimenShipped");
        column(row -> day(row.resultReceivedOn()), "ccat.ledger.column.resultReceived");
        column(row -> day(row.panelHeldOn()), "ccat.ledger.column.panelHeld");
        column(row -> day(row.panelResultReceivedOn()), "ccat.ledger.column.panelResultReceived");
        column(row -> day(row.resultExplainedOn()), "ccat.ledger.column.resultExplained");
        column(row -> Boolean.FALSE.equals(row.newOptionsPresented()) ? getTranslation("ccat.ledger.noNewOptions")
                : day(row.newOptionsExplainedOn()), "ccat.ledger.column.newOptionsExplained");
        column(row -> consent(row.registrationConsent()), "ccat.ledger.column.registrationConsent");
        column(row -> consent(row.secondaryUseConsent()), "ccat.ledger.column.secondaryUseConsent");
        column(row -> day(row.ccatSubmittedOn()), "ccat.ledger.column.ccatSubmitted");
        grid.setSizeFull();

        add(new H2(getTranslation("ccat.ledger.title")), new Paragraph(getTranslation("ccat.ledger.intro")), toolbar,
                summary, grid);
        show();
    }

    private Grid.Column<LedgerRow> column(Function<LedgerRow, String> value, String header) {
        return grid.addColumn(value::apply).setHeader(getTranslation(header)).setAutoWidth(true).setResizable(true);
    }

    private void download(Anchor anchor, String label, VaadinIcon icon, Supplier<LedgerFile> file) {
        anchor.setHref(DownloadHandler.fromInputStream(event -> {
            LedgerFile ledger = file.get();
            return new DownloadResponse(new ByteArrayInputStream(ledger.content()), ledger.fileName(),
                    ledger.mediaType(), ledger.content().length);
        }));
        anchor.getElement().setAttribute("download", true);
        Button button = new Button(getTranslation(label), icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        anchor.add(button);
    }

    private void show() {
        try {
            Ledger ledger = ledgers.ledger(from.getValue(), to.getValue(), getLocale());
            grid.setItems(ledger.rows());
            summary.setText(getTranslation("ccat.ledger.summary", ledger.rows().size(), ledger.patientCount()));
        } catch (Refused e) {
            // the rows of the previous range must not stand under the new dates: a range over a year loads nothing
            grid.setItems(List.of());
            summary.setText(getTranslation(e.messageKey()));
            Notifications.error(getTranslation(e.messageKey()));
        }
    }

    private static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    private String consent(LedgerConsent consent) {
        return consent == null ? "" : getTranslation(consent.decision().messageKey()) + " " + day(consent.on());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ccat.ledger.title") + " | " + getTranslation("app.name");
    }
}
