package jp.renkei.expertpanel.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jp.renkei.expertpanel.PanelCaseService;
import jp.renkei.expertpanel.VariantDetails;
import jp.renkei.expertpanel.review.Pathogenicity;
import jp.renkei.expertpanel.review.VariantCsv;
import jp.renkei.expertpanel.review.VariantEntry;
import jp.renkei.expertpanel.review.VariantsRejected;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.workflow.Refused;

/**
 * The panel's hospital's entry on the case page: a variant by hand, variants from pasted CSV, the panel's
 * recommendation for one of them. The page builds it only when someone who may enter opens it: its fields and
 * selects are a good part of the page's memory, which every reader's page would otherwise carry.
 */
class VariantEntryForm extends VerticalLayout {

    private final PanelCaseService service;
    private final long caseId;
    private final Runnable entered;
    final TextField gene = new TextField(getTranslation("panel.variants.gene"));
    final TextField alteration = new TextField(getTranslation("panel.variants.alteration"));
    final TextField vaf = new TextField(getTranslation("panel.variants.vaf"));
    final Select<Pathogenicity> pathogenicity = new Select<>();
    final Checkbox germline = new Checkbox(getTranslation("panel.variants.germline"));
    final Button add = new Button(getTranslation("panel.variants.add"), e -> addVariant());
    final TextArea csv = new TextArea(getTranslation("panel.variants.csv"));
    final Button importCsv = new Button(getTranslation("panel.variants.import"), e -> importCsv());
    final RecommendationForm recommendation = new RecommendationForm(this::recommend);

    /** {@code entered} shows the case again after a change. */
    VariantEntryForm(PanelCaseService service, long caseId, List<VariantDetails> variants, Runnable entered) {
        this.service = service;
        this.caseId = caseId;
        this.entered = entered;
        setId("variant-entry");
        setPadding(false);
        pathogenicity.setLabel(getTranslation("panel.variants.pathogenicity"));
        pathogenicity.setItems(Pathogenicity.values());
        pathogenicity.setItemLabelGenerator(p -> getTranslation(PanelCaseView.pathogenicityKey(p)));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        csv.setId("variants-csv");
        csv.setHelperText(VariantCsv.HEADER);
        csv.setWidthFull();
        importCsv.setId("variants-import");
        recommendation.setVariants(variants);
        add(new H3(getTranslation("panel.variants.enter")),
                new HorizontalLayout(gene, alteration, vaf, pathogenicity, germline, add), csv, importCsv,
                new H3(getTranslation("panel.variants.recommend")), recommendation);
    }

    private void addVariant() {
        try {
            service.addVariant(caseId, new VariantEntry(gene.getValue(), alteration.getValue(),
                    vaf.getValue().isBlank() ? null : VariantCsv.percent(vaf.getValue())
                            .orElseThrow(() -> new VariantsRejected("panel.variants.error.vaf")),
                    pathogenicity.getValue(), germline.getValue()));
            gene.clear();
            alteration.clear();
            vaf.clear();
            germline.clear();
            entered.run();
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }

    private void importCsv() {
        try {
            int count = service.importVariants(caseId, csv.getValue());
            csv.clear();
            Notifications.success(getTranslation("panel.variants.imported", count));
            entered.run();
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }

    private void recommend(RecommendationForm.Entry entry) {
        try {
            service.recommend(caseId, entry.variant().id(), entry.level(), entry.therapy(), entry.route(),
                    entry.trialId(), entry.secondaryFinding());
            entered.run();
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }
}
