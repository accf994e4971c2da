package jp.renkei.referral.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiPredicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import jp.renkei.referral.ScheduledVisit;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.ui.DateFields;

/** Sets or moves the patient's visit: the date, and the time and place (department, room) when known. */
class ScheduleDialog extends Dialog {

    final DatePicker date = new DatePicker();
    final TimePicker time = new TimePicker();
    final TextField place = new TextField();
    final TextArea note = new TextArea();
    final Button confirm = new Button();

    ScheduleDialog(ScheduledVisit current, Clock clock, BiPredicate<ScheduledVisit, String> step) {
        setHeaderTitle(getTranslation("referral.action.schedule"));
        setWidth("32rem");
        date.setId("step-date");
        date.setLabel(getTranslation("referral.step.date"));
        date.setMin(LocalDate.now(clock.withZone(JapanTime.ZONE)));
        date.setRequiredIndicatorVisible(true);
        DateFields.localize(date);
        time.setId("step-time");
        time.setLabel(getTranslation("referral.visit.time"));
        time.setStep(java.time.Duration.ofMinutes(15));
        place.setId("step-place");
        place.setLabel(getTranslation("referral.visit.place"));
        place.setPlaceholder(getTranslation("referral.visit.placeExample"));
        place.setMaxLength(200);
        note.setId("step-text");
        note.setLabel(getTranslation("referral.step.note"));
        note.setMaxLength(2000);
        if (current != null) {
            date.setValue(current.date());
            time.setValue(current.time());
            place.setValue(current.place() == null ? "" : current.place());
        }
        FormLayout form = new FormLayout(date, time, place, note);
        form.setColspan(place, 2);
        form.setColspan(note, 2);
        add(form);
        confirm.setText(getTranslation("referral.action.schedule"));
        confirm.setId("step-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (date.getValue() == null || date.isInvalid()) {
                date.setErrorMessage(getTranslation("referral.validation.scheduleDate"));
                date.setInvalid(true);
                return;
            }
            // closes only once the step went through: a refused step keeps what the person typed
            if (step.test(new ScheduledVisit(date.getValue(), time.getValue(), place.getValue()), note.getValue())) {
                close();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
