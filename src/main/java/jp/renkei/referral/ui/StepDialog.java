package jp.renkei.referral.ui;

import java.time.LocalDate;
import java.util.function.BiPredicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** Asks for what a workflow step needs (a reason, a question, a note) before taking it; scheduling has its own. */
class StepDialog extends Dialog {

    final TextArea text = new TextArea();
    final Button confirm = new Button();

    /** @param textKey label of the text field; its text is required when {@code required} */
    StepDialog(String titleKey, String textKey, boolean required, BiPredicate<String, LocalDate> step) {
        setHeaderTitle(getTranslation(titleKey));
        setWidth("32rem");
        text.setId("step-text");
        text.setLabel(getTranslation(textKey));
        text.setRequiredIndicatorVisible(required);
        text.setWidthFull();
        text.setMaxLength(2000);
        add(new VerticalLayout(text));
        confirm.setText(getTranslation(titleKey));
        confirm.setId("step-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (required && text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("referral.step.textRequired"));
                text.setInvalid(true);
                return;
            }
            // closes only once the step went through: a refused step keeps what the person typed
            if (step.test(text.getValue(), null)) {
                close();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
