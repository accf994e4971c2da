package jp.renkei.expertpanel.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.annotation.SpringComponent;

import org.springframework.context.annotation.Scope;

import jp.renkei.expertpanel.FollowUpStatus;
import jp.renkei.expertpanel.GermlineTesting;
import jp.renkei.expertpanel.PanelCaseResults;
import jp.renkei.expertpanel.PanelCaseResultsService;
import jp.renkei.expertpanel.PanelCaseStatus;
import jp.renkei.expertpanel.PanelReportFile;
import jp.renkei.expertpanel.PanelReportService;
import jp.renkei.expertpanel.Turnaround;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.ui.DateFields;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.ui.PlainTable;
import jp.renkei.shared.workflow.Refused;

/**
 * The case page's results part: issuing the report (the panel's coordinator), downloading it (both hospitals), the
 * date it was explained to the patient and the germline confirmation (the referring clinician), the counseling
 * request a secondary finding raised, and the turnaround. Follows the case id of the page it is on.
 */
@SpringComponent
@Scope("prototype")
class PanelCaseResultsSection extends VerticalLayout implements BeforeEnterObserver {

    private final PanelReportService reports;
    private final PanelCaseResultsService results;
    private final Locale locale = MessageBundleI18NProvider.supported(getLocale());
    final Paragraph state = new Paragraph();
    /** The coordinator's issuing and the draft's link, built the first time the person may issue. */
    final HorizontalLayout issuing = new HorizontalLayout();
    Button issue;
    final HorizontalLayout report = new HorizontalLayout();
    final Paragraph explanation = new Paragraph();
    /** The referrer's entry of the explanation day, built the first time the person may record it. */
    final HorizontalLayout explain = new HorizontalLayout();
    DatePicker explainedOn;
    final Paragraph followUp = new Paragraph();
    /** The germline confirmation, built the first time the case has a secondary finding: most cases have none. */
    Select<GermlineTesting> germline;
    final PlainTable turnaround = new PlainTable("case-turnaround");
    private final LatestShown<PanelCaseResults> shown = new LatestShown<>(this::show);
    private long caseId;

    /** One line of the turnaround table: a milestone and the days to it from each starting point. */
    record Row(String milestone, LocalDate date, Long fromReferral, Long fromSpecimen, Long fromCcat) {
    }

    PanelCaseResultsSection(PanelReportService reports, PanelCaseResultsService results) {
        this.reports = reports;
        this.results = results;
        setPadding(false);
        setId("case-results");
        explain.setAlignItems(Alignment.BASELINE);
        followUp.setId("counseling-follow-up");
        issuing.setAlignItems(Alignment.BASELINE);
        add(new H3(getTranslation("panel.report.section")), state, issuing, report, explanation, explain, followUp,
                new H3(getTranslation("panel.report.turnaround")), turnaround);
    }

    private void buildIssuing() {
        issue = new Button(getTranslation("panel.report.issue"), e -> issue());
        issue.setId("issue-report");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issuing.add(issue, pdfLink("draft-report", "panel.report.downloadDraft", () -> reports.draft(caseId)));
    }

    private void buildGermline() {
        germline = new Select<>();
        germline.setId("germline-testing");
        germline.setLabel(getTranslation("panel.report.germline"));
        germline.setItems(GermlineTesting.values());
        germline.setItemLabelGenerator(t -> t == null ? "" : getTranslation(germlineKey(t)));
        germline.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                recordGermline(e.getValue());
            }
        });
        addComponentAtIndex(indexOf(followUp) + 1, germline);
    }

    private void buildExplain() {
        explainedOn = new DatePicker(getTranslation("panel.report.explainedOn"));
        explainedOn.setId("explained-on");
        explainedOn.setLocale(locale);
        DateFields.localize(explainedOn);
        Button record = new Button(getTranslation("panel.report.recordExplanation"), e -> recordExplanation());
        record.setId("record-explanation");
        explain.add(explainedOn, record);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseId = event.getRouteParameters().getLong("id").orElse(0L);
        shown.show(results.results(caseId));
    }

    /** After someone else's change (the report issued, the explanation recorded): redraws only if it changed. */
    void showChanges() {
        shown.showIfChanged(results.results(caseId));
    }

    private void show(PanelCaseResults r) {
        state.setText(r.reportIssued() ? "" : getTranslation(stateKey(r)));
        state.setVisible(!r.reportIssued());
        issuing.setVisible(r.mayIssue());
        if (issuing.isVisible() && issue == null) {
            buildIssuing();
        }
        report.removeAll();
        if (r.reportIssued()) {
            report.add(pdfLink("download-report", "panel.report.download", () -> reports.download(caseId)),
                    new Paragraph(getTranslation("panel.report.issuedInfo",
                    PanelTexts.when(r.reportIssuedAt(), locale), r.reportIssuedBy(), r.reportSha256().substring(0, 16))));
        }
        report.setVisible(r.reportIssued());
        explanation.setText(r.explainedOn() == null ? getTranslation("panel.report.notExplained")
                : getTranslation("panel.report.explainedAt", PanelTexts.day(r.explainedOn(), locale)));
        explanation.setVisible(r.reportIssued());
        explain.setVisible(r.mayRecordExplanation());
        if (explain.isVisible() && explainedOn == null) {
            buildExplain();
        }
        if (explainedOn != null) {
            explainedOn.setValue(r.explainedOn());
        }
        followUp.setText(followUpText(r.counselingFollowUp()));
        followUp.setVisible(r.counselingFollowUp() != null);
        if (r.secondaryFinding() && germline == null) {
            buildGermline();
        }
        if (germline != null) {
            germline.setVisible(r.secondaryFinding());
            germline.setReadOnly(!r.mayRecordExplanation());
            germline.setValue(r.germlineTesting());
        }
        turnaround.show(List.of(getTranslation("panel.report.turnaround.milestone"),
                getTranslation("panel.report.turnaround.date"), getTranslation("panel.report.turnaround.fromReferral"),
                getTranslation("panel.report.turnaround.fromSpecimen"), getTranslation("panel.report.turnaround.fromCcat")),
                rows(r.turnaround()).stream().map(row -> List.of(row.milestone(),
                        row.date() == null ? "—" : PanelTexts.day(row.date(), locale), days(row.fromReferral()),
                        days(row.fromSpecimen()), days(row.fromCcat()))).toList());
    }

    private static String stateKey(PanelCaseResults r) {
        if (r.mayIssue()) {
            return "panel.report.readyToIssue";
        }
        return r.status() == PanelCaseStatus.CONCLUDED ? "panel.report.awaitingIssue" : "panel.report.notYet";
    }

    private Anchor pdfLink(String id, String labelKey, Supplier<PanelReportFile> file) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            PanelReportFile pdf = file.get();
            return new DownloadResponse(new ByteArrayInputStream(pdf.pdf()), pdf.fileName(), "application/pdf",
                    pdf.pdf().length);
        }), getTranslation(labelKey));
        link.setId(id);
        return link;
    }

    private String followUpText(FollowUpStatus status) {
        if (status == null) {
            return "";
        }
        return status.booked() ? getTranslation("counseling.followUp.booked", PanelTexts.when(status.bookedStart(),
                locale)) : getTranslation("counseling.followUp.requested");
    }

    private List<Row> rows(Turnaround t) {
        return List.of(
                new Row(getTranslation("panel.report.turnaround.referralSent"), t.referralSent(), null, null, null),
                new Row(getTranslation("panel.report.turnaround.specimen"), t.specimenCollected(), null, null, null),
                new Row(getTranslation("panel.report.turnaround.ccat"), t.ccatReport(), null, null, null),
                row("panel.report.turnaround.concluded", t, t.concluded()),
                row("panel.report.turnaround.reported", t, t.reported()),
                row("panel.report.turnaround.explained", t, t.explained()));
    }

    private Row row(String key, Turnaround t, LocalDate reached) {
        return new Row(getTranslation(key), reached, Turnaround.days(t.referralSent(), reached),
                Turnaround.days(t.specimenCollected(), reached), Turnaround.days(t.ccatReport(), reached));
    }

    private String days(Long days) {
        return days == null ? "—" : getTranslation("panel.report.days", days);
    }

    /**
     * Issuing sends a fixed document to the referring hospital and cannot be undone: the coordinator confirms it
     * in a dialog that says so (the draft can be checked first).
     */
    private void issue() {
        Dialog confirm = new Dialog(getTranslation("panel.report.issue.confirmTitle"));
        confirm.setId("issue-report-dialog");
        confirm.add(new Paragraph(getTranslation("panel.report.issue.confirmText")));
        Button yes = new Button(getTranslation("panel.report.issue"), e -> {
            confirm.close();
            act(() -> reports.issue(caseId), "panel.report.issuedNotice");
        });
        yes.setId("issue-report-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(new Button(getTranslation("action.cancel"), e -> confirm.close()), yes);
        confirm.open();
    }

    private void recordExplanation() {
        act(() -> results.recordExplanation(caseId, explainedOn.getValue()), "panel.report.explained");
    }

    private void recordGermline(GermlineTesting testing) {
        act(() -> results.recordGermlineTesting(caseId, testing), "panel.report.germlineSaved");
    }

    private void act(Runnable step, String doneKey) {
        try {
            step.run();
            Notifications.success(getTranslation(doneKey));
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
        shown.show(results.results(caseId));
    }

    private static String germlineKey(GermlineTesting testing) {
        return switch (testing) {
            case NOT_YET -> "panel.report.germline.NOT_YET";
            case DONE -> "panel.report.germline.DONE";
            case NOT_DONE -> "panel.report.germline.NOT_DONE";
        };
    }
}
