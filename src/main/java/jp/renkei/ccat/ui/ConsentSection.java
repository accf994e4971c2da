package jp.renkei.ccat.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import jp.renkei.ccat.ConsentDocumentChoice;
import jp.renkei.ccat.ConsentEntry;
import jp.renkei.ccat.ConsentOverview;
import jp.renkei.ccat.TestConsentService;
import jp.renkei.ccat.TestDraftForm;
import jp.renkei.ccat.consent.ConsentDecision;
import jp.renkei.ccat.consent.ConsentScope;
import jp.renkei.shared.ui.DateFields;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.workflow.Refused;

/**
 * The patient's consents: each scope's state as of a chosen day (today by default) and whether data could go to
 * C-CAT then, every decision with the form version it was made under, and a form for a new decision.
 */
class ConsentSection extends VerticalLayout {

    private final TestConsentService service;
    final DatePicker asOf = new DatePicker();
    final UnorderedList state = new UnorderedList();
    final Paragraph submission = new Paragraph();
    final Grid<ConsentEntry> history = new Grid<>();
    final Select<ConsentScope> scope = new Select<>();
    final Select<ConsentDecision> decision = new Select<>();
    final Select<ConsentDocumentChoice> document = new Select<>();
    final DatePicker decidedOn = new DatePicker();
    final Button record = new Button();
    private final HorizontalLayout form;
    final DraftForm draft = new DraftForm(TestDraftForm.CONSENT).choice("scope", scope, ConsentScope::name)
            .choice("decision", decision, ConsentDecision::name)
            .choice("document", document, choice -> String.valueOf(choice.id())).date("decidedOn", decidedOn);
    private long testId;

    ConsentSection(TestConsentService service) {
        this.service = service;
        setPadding(false);
        asOf.setLabel(getTranslation("ccat.consent.asOf"));
        asOf.setId("consent-as-of");
        DateFields.localize(asOf);
        asOf.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(service.consents(testId, e.getValue()));
            }
        });
        state.setId("consent-state");
        submission.setId("consent-submission");
        history.setId("consent-history");
        history.addColumn(e -> getTranslation(e.scope().messageKey())).setHeader(getTranslation("ccat.consent.scope"))
                .setAutoWidth(true);
        history.addColumn(e -> getTranslation(e.decision().messageKey()))
                .setHeader(getTranslation("ccat.consent.decision")).setAutoWidth(true);
        history.addColumn(e -> CcatTexts.fullDay(e.decidedOn())).setHeader(getTranslation("ccat.consent.decidedOn"))
                .setAutoWidth(true);
        // the version and its hash in the column, the form's full title on hover
        history.addColumn(e -> getTranslation("ccat.consent.documentShort", e.document().document().version(),
                e.document().document().sha256().substring(0, 12))).setHeader(getTranslation("ccat.consent.document"))
                .setTooltipGenerator(e -> documentLabel(e.document())).setFlexGrow(1);
        history.addColumn(ConsentEntry::recordedByName).setHeader(getTranslation("ccat.timeline.recordedBy"))
                .setAutoWidth(true);
        history.setAllRowsVisible(true);
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);

        scope.setLabel(getTranslation("ccat.consent.scope"));
        scope.setId("consent-scope");
        scope.setItems(ConsentScope.values());
        scope.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        scope.setWidth("16rem");
        decision.setLabel(getTranslation("ccat.consent.decision"));
        decision.setId("consent-decision");
        decision.setItems(ConsentDecision.values());
        decision.setItemLabelGenerator(d -> getTranslation(d.messageKey()));
        document.setLabel(getTranslation("ccat.consent.document"));
        document.setId("consent-document");
        document.setItemLabelGenerator(this::documentLabel);
        document.setWidth("24rem");
        decidedOn.setLabel(getTranslation("ccat.consent.decidedOn"));
        decidedOn.setId("consent-decided-on");
        DateFields.localize(decidedOn);
        record.setText(getTranslation("ccat.consent.record"));
        record.setId("consent-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> record());
        form = new HorizontalLayout(scope, decision, document, decidedOn, record);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        add(asOf, state, submission, history, form);
    }

    void show(long testId) {
        this.testId = testId;
        asOf.clear();
        show(service.consents(testId, null));
    }

    /** Shows the consents again as of the day chosen, after someone changed them. */
    void refresh() {
        show(service.consents(testId, asOf.getValue()));
    }

    private void show(ConsentOverview consents) {
        if (asOf.getValue() == null) {
            asOf.setValue(consents.asOf());
        }
        state.removeAll();
        for (ConsentScope s : ConsentScope.values()) {
            ConsentEntry latest = consents.state().get(s);
            state.add(new ListItem(latest == null
                    ? getTranslation("ccat.consent.stateNone", getTranslation(s.messageKey()))
                    : getTranslation("ccat.consent.stateItem", getTranslation(s.messageKey()),
                            getTranslation(latest.decision().messageKey()), CcatTexts.fullDay(latest.decidedOn()))));
        }
        submission.setText(getTranslation(consents.submissionAllowed() ? "ccat.consent.submissionAllowed"
                : "ccat.consent.submissionNotAllowed"));
        history.setItems(consents.history());
        history.setVisible(!consents.history().isEmpty());
        document.setItems(consents.documents());
        consents.documents().stream().reduce((first, second) -> second).ifPresent(document::setValue);
        form.setVisible(consents.editable());
    }

    private void record() {
        try {
            show(service.record(testId, scope.getValue(), decision.getValue(),
                    document.getValue() == null ? -1 : document.getValue().id(), decidedOn.getValue()));
            draft.recorded();
            Notifications.success(getTranslation("ccat.consent.recorded"));
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }

    private String documentLabel(ConsentDocumentChoice choice) {
        return getTranslation(choice.illustrative() ? "ccat.consent.documentIllustrative" : "ccat.consent.documentLabel",
                choice.document().title(), choice.document().version(), choice.document().sha256().substring(0, 12));
    }
}
