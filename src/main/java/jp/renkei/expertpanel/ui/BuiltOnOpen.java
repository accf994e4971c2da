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

    final Button opener;

    BuiltOnOpen(String label, String openerId, Supplier<Component> form) {
        opener = new Button(label);
        opener.setId(openerId);
        opener.addClickListener(e -> replace(opener, form.get()));
        setWidthFull();
        add(opener);
    }
}
