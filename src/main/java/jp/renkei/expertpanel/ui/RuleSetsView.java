package jp.renkei.expertpanel.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.expertpanel.PanelService;
import jp.renkei.expertpanel.composition.CompositionRuleSet;
import jp.renkei.expertpanel.composition.PanelRole;
import jp.renkei.expertpanel.composition.TumourCategory;
import jp.renkei.shared.Role;

/** Every panel-composition rule set, in words: when it applies, what it asks for, its source and open questions. */
@Route("panels/rules")
@RolesAllowed({ Role.Names.CORE_COORDINATOR, Role.Names.HOSPITAL_ADMIN })
class RuleSetsView extends VerticalLayout implements HasDynamicTitle {

    RuleSetsView(PanelService service) {
        setMaxWidth("70rem");
        add(new Anchor("panels", getTranslation("panel.backToList")), new H2(getTranslation("panel.rules.title")),
                new Paragraph(getTranslation("panel.rules.hint")));
        var sets = service.ruleSets();
        sets.forEach(set -> add(card(set)));
        // a category without any rule set would otherwise simply be absent, and absence reads as "no requirements"
        for (TumourCategory category : TumourCategory.values()) {
            if (sets.stream().noneMatch(set -> set.tumourCategory() == category)) {
                Paragraph none = new Paragraph(getTranslation("panel.rules.noneFor",
                        getTranslation(PanelTexts.categoryKey(category))));
                none.addClassName("rule-set-missing");
                add(none);
            }
        }
    }

    private Div card(CompositionRuleSet set) {
        Div card = new Div();
        card.addClassName("section-card");
        card.addClassName("rule-set");
        card.setWidthFull();
        String until = set.effectiveTo() == null ? getTranslation("panel.rules.openEnded") : set.effectiveTo().toString();
        card.add(new H3(getTranslation(PanelTexts.categoryKey(set.tumourCategory())) + "　"
                + getTranslation("panel.rules.period", set.effectiveFrom().toString(), until)));
        Paragraph id = new Paragraph(set.id() + "　v" + set.version());
        id.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        UnorderedList parameters = new UnorderedList(
                new ListItem(getTranslation("panel.rules.drugTherapy", set.drugTherapySpecialties())),
                new ListItem(getTranslation("panel.rules.pathologists", set.fullTimePathologists())),
                new ListItem(getTranslation(set.attending() == CompositionRuleSet.AttendingRule.ALWAYS
                        ? "panel.rules.attending.always" : "panel.rules.attending.unlessHistory")),
                new ListItem(getTranslation("panel.rules.exclusive", set.exclusiveRoles().stream()
                        .map(group -> group.stream().sorted().map(PanelRole::label).collect(Collectors.joining("・")))
                        .collect(Collectors.joining("、")))),
                new ListItem(getTranslation(set.simplifiedReviewForEveryCase() ? "panel.rules.async.everyCase"
                        : "panel.rules.async.conditions")));
        card.add(id, parameters, new Paragraph(getTranslation("panel.verdict.source", set.source())));
        if (set.unconfirmed() != null) {
            card.add(PanelTexts.unconfirmed(this, set.unconfirmed()));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("panel.rules.title") + " | " + getTranslation("app.name");
    }
}
