package jp.renkei.expertpanel.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

/**
 * An editing form behind a button, built the first time the person clicks it: the case page is open far more often
 * to be read than to be edited, and every form built up front stays in memory with each open page.
 */
final class BuiltOnOpen extends Div {

    private static final String FOCUS_FIRST_FIELD = "setTimeout(() => this.querySelector('vaadin-checkbox, "
            + "vaadin-text-field, vaadin-text-area, vaadin-combo-box, vaadin-select, vaadin-date-picker, "
            + "vaadin-integer-field, vaadin-radio-button, vaadin-upload, vaadin-button, input, textarea')?.focus())";

    final Button opener;

    BuiltOnOpen(String label, String openerId, Supplier<Component> form) {
        opener = new Button(label);
        opener.setId(openerId);
        opener.addClickListener(e -> {
            Component built = form.get();
            replace(opener, built);
            // the button that had the focus is gone: the form's first field takes it, for keyboard and screen readers
            built.getElement().executeJs(FOCUS_FIRST_FIELD);
        });
        setWidthFull();
        add(opener);
    }
}
