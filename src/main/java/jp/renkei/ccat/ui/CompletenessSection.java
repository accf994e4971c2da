package jp.renkei.ccat.ui;

import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import jp.renkei.ccat.completeness.Completeness;
import jp.renkei.ccat.completeness.CompletenessItem;
import jp.renkei.ccat.completeness.CompletenessService;
import jp.renkei.ccat.completeness.ItemCheck;
import jp.renkei.ccat.completeness.TestCompleteness;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.workflow.Refused;

/**
 * A test's clinical-data completeness for C-CAT on its page (/ccat/tests/{id}): n of m with the item set's version,
 * exactly which items are missing (the coordinator marks one as entered in C-CAT), and every item with where it stands.
 */
public class CompletenessSection extends Composite<VerticalLayout> implements BeforeEnterObserver {

    private final CompletenessService completeness;
    private long testId;
    final H3 title = new H3();
    final Paragraph note = new Paragraph();
    final VerticalLayout missing = new VerticalLayout();
    final VerticalLayout all = new VerticalLayout();

    CompletenessSection(CompletenessService completeness) {
        this.completeness = completeness;
        missing.setPadding(false);
        missing.setSpacing(false);
        all.setPadding(false);
        all.setSpacing(false);
        Details details = new Details(getTranslation("ccat.completeness.section.allItems"), all);
        getContent().setPadding(false);
        getContent().add(title, note, missing, details);
    }

    /**
     * Built by the application's instantiator, so the test page adds it in one line:
     * {@code add(CompletenessSection.create())}.
     */
    public static CompletenessSection create() {
        return Instantiator.get(UI.getCurrent()).createComponent(CompletenessSection.class);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().getLong("id").orElse(0L));
    }

    void show(long id) {
        testId = id;
        show(completeness.forTest(id));
    }

    private void show(TestCompleteness shown) {
        Completeness current = shown.completeness();
        Locale locale = getLocale();
        title.setText(getTranslation("ccat.completeness.section.title", current.filled(), current.total(),
                current.itemSetVersion(), getTranslation(current.reached().messageKey())));
        note.setText(shown.itemSetUnconfirmed() == null
                ? getTranslation("ccat.completeness.section.source", shown.itemSetSource())
                : getTranslation("ccat.completeness.section.unconfirmed", shown.itemSetUnconfirmed()));
        missing.removeAll();
        if (current.complete()) {
            missing.add(new Paragraph(getTranslation("ccat.completeness.section.complete")));
        }
        for (CompletenessItem item : current.missing()) {
            HorizontalLayout line = new HorizontalLayout(new Span(item.group(locale) + "：" + item.label(locale)));
            line.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            if (shown.mayRecord()) {
                Button entered = new Button(getTranslation("ccat.completeness.section.markEntered"),
                        e -> markEntered(item));
                entered.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                line.add(entered);
            }
            missing.add(line);
        }
        all.removeAll();
        for (ItemCheck check : current.required()) {
            all.add(new Div(check.item().group(locale) + "：" + check.item().label(locale) + " — "
                    + getTranslation(check.state().messageKey())));
        }
    }

    private void markEntered(CompletenessItem item) {
        try {
            show(completeness.markEntered(testId, item.id()));
            Notifications.success(getTranslation("ccat.completeness.section.marked", item.label(getLocale())));
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }
}
