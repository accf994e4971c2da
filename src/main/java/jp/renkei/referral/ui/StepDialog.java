package jp.renkei.referral.ui;

import java.time.LocalDate;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** Asks for what a workflow step needs (a reason, a question, a date) before taking it. */
class StepDialog extends Dialog {

    final TextArea text = new TextArea();
    final DatePicker date = new DatePicker();
    final Button confirm = new Button();

    /**
     * @param textKey  label of the text field; its text is required when {@code required}
     * @param withDate whether the step needs a date (scheduling)
     */
    StepDialog(String titleKey, String textKey, boolean required, boolean withDate,
            BiConsumer<String, LocalDate> step) {
        setHeaderTitle(getTranslation(titleKey));
        setWidth("32rem");
        text.setId("step-text");
        text.setLabel(getTranslation(textKey));
        text.setRequiredIndicatorVisible(required);
        text.setWidthFull();
        text.setMaxLength(2000);
        date.setId("step-date");
        date.setLabel(getTranslation("referral.step.date"));
        date.setMin(LocalDate.now(jp.renkei.shared.JapanTime.ZONE));
        date.setVisible(withDate);
        FormDates.localize(date);
        add(new VerticalLayout(date, text));
        confirm.setText(getTranslation(titleKey));
        confirm.setId("step-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (required && text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("referral.step.textRequired"));
                text.setInvalid(true);
                return;
            }
            if (withDate && date.getValue() == null) {
                date.setErrorMessage(getTranslation("referral.validation.scheduleDate"));
                date.setInvalid(true);
                return;
            }
            close();
            step.accept(text.getValue(), date.getValue());
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
