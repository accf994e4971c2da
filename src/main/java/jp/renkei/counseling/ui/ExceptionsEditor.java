package jp.renkei.counseling.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import jp.renkei.counseling.AvailabilityException;

/** One-off leave (all day or hours) and extra hours, one row each. */
class ExceptionsEditor extends Composite<VerticalLayout> {

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();

    ExceptionsEditor(List<AvailabilityException> existing, java.time.LocalDate today) {
        list.setPadding(false);
        Button add = new Button(getTranslation("counseling.addException"), VaadinIcon.PLUS.create(), e -> addRow(
                new AvailabilityException(today.plusDays(1), null, null,
                        AvailabilityException.Kind.CLOSED)));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getContent().setPadding(false);
        getContent().add(list, add);
        existing.forEach(this::addRow);
    }

    List<AvailabilityException> value() {
        return rows.stream().map(Row::value).toList();
    }

    private void addRow(AvailabilityException exception) {
        Row row = new Row(exception);
        rows.add(row);
        list.add(row.layout);
    }

    private final class Row {
        final DatePicker date = new DatePicker();
        final Select<AvailabilityException.Kind> kind = new Select<>();
        final TimePicker start = new TimePicker();
        final TimePicker end = new TimePicker();
        final TextField reason = new TextField();
        final HorizontalLayout layout;

        Row(AvailabilityException exception) {
            date.setValue(exception.date());
            kind.setItems(AvailabilityException.Kind.values());
            kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("counseling.exception." + k.name()));
            kind.setValue(exception.kind());
            start.setStep(java.time.Duration.ofMinutes(30));
            end.setStep(java.time.Duration.ofMinutes(30));
            start.setPlaceholder(getTranslation("counseling.allDay"));
            start.setValue(exception.start());
            end.setValue(exception.end());
            reason.setPlaceholder(getTranslation("counseling.leaveReason"));
            reason.setAriaLabel(getTranslation("counseling.leaveReason"));
            reason.setMaxLength(200);
            reason.setValue(exception.reason() == null ? "" : exception.reason());
            reason.addClassName("exception-reason");
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            layout = new HorizontalLayout(date, kind, start, end, reason, remove);
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        }

        void remove() {
            rows.remove(this);
            list.remove(layout);
        }

        AvailabilityException value() {
            return new AvailabilityException(date.getValue(), start.getValue(), end.getValue(), kind.getValue(),
                    reason.getValue());
        }
    }
}
