package jp.renkei.ccat.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;

import jp.renkei.ccat.TestDraftForm;

/**
 * One entry form of the test page as its draft sees it: the fields by name, each written as text and read back.
 * A section declares its form once; {@link DraftKeeper} saves and restores it, and the section says when the entry
 * was recorded.
 */
final class DraftForm {

    private final TestDraftForm form;
    private final Map<String, Field<?>> fields = new LinkedHashMap<>();
    private Runnable changed = () -> { };
    private Runnable recorded = () -> { };

    DraftForm(TestDraftForm form) {
        this.form = form;
    }

    DraftForm date(String name, DatePicker picker) {
        return field(name, picker, LocalDate::toString, DraftForm::day);
    }

    DraftForm flag(String name, Checkbox box) {
        return field(name, box, ticked -> ticked ? "true" : null, Boolean::valueOf);
    }

    /** A choice is kept by a stable key of the item (an id or an enum name), not by its label or position. */
    <T> DraftForm choice(String name, Select<T> select, Function<T, String> key) {
        return field(name, select, key, text -> select.getListDataView().getItems()
                .filter(item -> text.equals(key.apply(item))).findFirst().orElse(null));
    }

    private <T> DraftForm field(String name, HasValue<?, T> input, Function<T, String> write,
            Function<String, T> read) {
        input.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                changed.run();
            }
        });
        fields.put(name, new Field<>(input, write, read));
        return this;
    }

    TestDraftForm form() {
        return form;
    }

    /** What the form holds now; empty fields are left out. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            String text = field.text();
            if (text != null) {
                values.put(name, text);
            }
        });
        return values;
    }

    /** Shows the draft: a field it does not name is emptied, as it was when the draft was saved. */
    void fill(Map<String, String> values) {
        fields.forEach((name, field) -> field.fill(values.get(name)));
    }

    /** The section recorded the entry: the service has ended its draft. */
    void recorded() {
        recorded.run();
    }

    void whenChanged(Runnable changed) {
        this.changed = changed;
    }

    void whenRecorded(Runnable recorded) {
        this.recorded = recorded;
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private record Field<T>(HasValue<?, T> input, Function<T, String> write, Function<String, T> read) {

        String text() {
            T value = input.getValue();
            return value == null ? null : write.apply(value);
        }

        void fill(String text) {
            T value = text == null ? null : read.apply(text);
            if (value == null) {
                input.clear();
            } else {
                input.setValue(value);
            }
        }
    }
}
