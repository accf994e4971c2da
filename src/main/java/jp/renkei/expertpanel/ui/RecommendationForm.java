package jp.renkei.expertpanel.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import jp.renkei.expertpanel.VariantDetails;
import jp.renkei.expertpanel.review.EvidenceLevel;
import jp.renkei.expertpanel.review.TherapyRoute;

/** The panel's recommendation for one chosen variant: level (three-society), therapy, route, trial id, secondary finding. */
class RecommendationForm extends HorizontalLayout {

    record Entry(VariantDetails variant, EvidenceLevel level, String therapy, TherapyRoute route, String trialId,
            boolean secondaryFinding) {
    }

    final Select<VariantDetails> variant = new Select<>();
    final Select<EvidenceLevel> level = new Select<>();
    final TextField therapy = new TextField();
    final Select<TherapyRoute> route = new Select<>();
    final TextField trialId = new TextField();
    final Checkbox secondaryFinding = new Checkbox();
    final Button save = new Button();

    RecommendationForm(Consumer<Entry> onSave) {
        variant.setLabel(getTranslation("panel.variants.recommend.variant"));
        variant.setItemLabelGenerator(v -> v.gene() + " " + v.alteration());
        level.setLabel(getTranslation("panel.variants.recommend.level"));
        level.setItems(EvidenceLevel.values());
        level.setEmptySelectionAllowed(true);
        level.setItemLabelGenerator(l -> l == null ? "" : getTranslation("panel.variants.level", l.name()));
        therapy.setLabel(getTranslation("panel.variants.recommend.therapy"));
        route.setLabel(getTranslation("panel.variants.recommend.route"));
        route.setItems(TherapyRoute.values());
        route.setItemLabelGenerator(r -> getTranslation(PanelCaseView.routeKey(r)));
        trialId.setLabel(getTranslation("panel.variants.recommend.trialId"));
        trialId.setPlaceholder("jRCT…");
        secondaryFinding.setLabel(getTranslation("panel.variants.secondaryFinding"));
        save.setText(getTranslation("panel.variants.recommend.save"));
        save.addClickListener(e -> {
            if (variant.getValue() != null) {
                onSave.accept(new Entry(variant.getValue(), level.getValue(), therapy.getValue(), route.getValue(),
                        trialId.getValue(), secondaryFinding.getValue()));
            }
        });
        variant.setId("recommend-variant");
        level.setId("recommend-level");
        therapy.setId("recommend-therapy");
        route.setId("recommend-route");
        secondaryFinding.setId("recommend-secondary");
        save.setId("recommend-save");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(variant, level, therapy, route, trialId, secondaryFinding, save);
    }

    void setVariants(List<VariantDetails> variants) {
        variant.setItems(variants);
    }
}
