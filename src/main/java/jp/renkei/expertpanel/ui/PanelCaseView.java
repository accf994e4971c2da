package jp.renkei.expertpanel.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.expertpanel.PanelCaseService;
import jp.renkei.expertpanel.PanelCaseSummary;
import jp.renkei.expertpanel.PanelCaseWorkspace;
import jp.renkei.expertpanel.PanelTextKeys;
import jp.renkei.expertpanel.VariantDetails;
import jp.renkei.expertpanel.review.Pathogenicity;
import jp.renkei.expertpanel.review.Recommendation;
import jp.renkei.expertpanel.review.TherapyRoute;
import jp.renkei.shared.Role;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.live.LiveTopics;
import jp.renkei.shared.live.LiveUpdates;
import jp.renkei.shared.ui.PlainTable;
import jp.renkei.shared.ui.RelatedPageLinks;
import jp.renkei.shared.ui.RelatedPages;

/**
 * One panel case: who referred it and to which meeting, its variants with the panel's recommendations, and
 * whether it may go to simplified review today with the reasons. The panel's hospital enters variants (by hand or
 * from pasted CSV); the referring hospital reads.
 */
@Route("panels/cases/:id([0-9]+)")
@RolesAllowed({ Role.Names.CORE_COORDINATOR, Role.Names.HOSPITAL_ADMIN, Role.Names.PANEL_MEMBER,
        Role.Names.LIAISON_CLINICIAN })
class PanelCaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PanelCaseService service;
    private final Locale locale = MessageBundleI18NProvider.supported(getLocale());
    final H2 title = new H2();
    final Paragraph facts = new Paragraph();
    final Div verdict = new Div();
    /** Read by everyone, edited only through the entry form: a plain table, not a grid held by every open page. */
    final PlainTable variants = new PlainTable("case-variants");
    /** Shown only to those who may enter; the form itself is built when they open it. */
    final BuiltOnOpen entry = new BuiltOnOpen(getTranslation("panel.variants.enter"), "variants-enter",
            this::entryForm);
    VariantEntryForm entryForm;
    private List<VariantDetails> shownVariants = List.of();
    private final LatestShown<PanelCaseWorkspace> workspace = new LatestShown<>(this::show);
    private final PanelCaseworkSections casework;
    private final AsyncReviewSection review = AsyncReviewSection.create();
    private final PanelCaseResultsSection results;
    private final LiveUpdates live;
    private long caseId;

    PanelCaseView(PanelCaseService service, PanelCaseworkSections casework, PanelCaseResultsSection results,
            LiveUpdates live) {
        this.service = service;
        this.casework = casework;
        this.results = results;
        this.live = live;
        setMaxWidth("80rem");
        entry.opener.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new Anchor("panels/cases", getTranslation("panel.variants.backToCases")), title, facts,
                new H3(getTranslation("panel.variants.simplified")), verdict,
                new H3(getTranslation("panel.variants.title")), variants, entry);
        addComponentAtIndex(3, casework); // under the header: due date, moves, reports
        add(review, results);
        addComponentAtIndex(3, RelatedPageLinks.create(RelatedPages.Of.PANEL_CASE)); // under the facts
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseId = event.getRouteParameters().getLong("id").orElse(0L);
        workspace.show(service.get(caseId));
        live.subscribe(this, LiveTopics.panelCase(caseId), this::showChanges);
    }

    /** Someone at either hospital changed the case: each part redraws only if what it shows changed. */
    private void showChanges() {
        workspace.showIfChanged(service.get(caseId));
        casework.showChanges();
        review.showChanges();
        results.showChanges();
    }

    private void show(PanelCaseWorkspace page) {
        var summary = page.summary();
        title.setText(getTranslation(PanelTexts.caseTitleKey(summary), summary.caseNumber()));
        facts.setText(getTranslation("panel.variants.facts", nullToDash(summary.cancerTypeCode()),
                nullToDash(summary.panelName()),
                meeting(summary)));
        verdict.removeAll();
        verdict.add(new Paragraph(getTranslation(page.simplifiedReview().allowed() ? "panel.variants.simplified.yes"
                : "panel.variants.simplified.no")));
        UnorderedList reasons = new UnorderedList();
        page.simplifiedReview().reasons()
                .forEach(r -> reasons.add(new ListItem(getTranslation(r.key(), r.arguments().toArray()))));
        verdict.add(reasons);
        variants.show(List.of(getTranslation("panel.variants.gene"), getTranslation("panel.variants.alteration"),
                getTranslation("panel.variants.vaf"), getTranslation("panel.variants.pathogenicity"),
                getTranslation("panel.variants.germline"), getTranslation("panel.variants.recommendation")),
                page.variants().stream().map(this::row).toList());
        shownVariants = page.variants();
        if (entryForm != null) {
            entryForm.recommendation.setVariants(page.variants());
        }
        entry.setVisible(page.editable());
    }

    private List<String> row(VariantDetails v) {
        return Arrays.asList(v.gene(), v.alteration(),
                v.vafPercent() == null ? "" : v.vafPercent().stripTrailingZeros().toPlainString(),
                getTranslation(pathogenicityKey(v.pathogenicity())),
                v.germlineSuspected() ? getTranslation("panel.variants.germline.yes") : "",
                recommendation(v.recommendation()));
    }

    private VariantEntryForm entryForm() {
        entryForm = new VariantEntryForm(service, caseId, shownVariants, () -> workspace.show(service.get(caseId)));
        return entryForm;
    }

    private String recommendation(Recommendation rec) {
        if (rec == null) {
            return "";
        }
        String level = rec.level() == null ? "" : getTranslation("panel.variants.level", rec.level().name()) + " ";
        String route = getTranslation(routeKey(rec.route()));
        return level + rec.therapy() + " (" + route + (rec.trialId() == null ? "" : " " + rec.trialId()) + ")"
                + (rec.secondaryFinding() ? " " + getTranslation("panel.variants.secondaryFinding") : "");
    }

    /** The meeting the case is on; a case concluded by its asynchronous round is on none. */
    private String meeting(PanelCaseSummary summary) {
        if (summary.meetingStartsAt() != null) {
            return PanelTexts.when(summary.meetingStartsAt(), locale);
        }
        return summary.concludedAt() == null ? "—"
                : getTranslation("panel.case.concludedByRound", PanelTexts.when(summary.concludedAt(), locale));
    }

    static String routeKey(TherapyRoute route) {
        return PanelTextKeys.route(route);
    }

    static String pathogenicityKey(Pathogenicity p) {
        return PanelTextKeys.pathogenicity(p);
    }

    private static String nullToDash(String text) {
        return text == null ? "—" : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("panel.variants.title") + " | " + getTranslation("app.name");
    }
}
