package jp.renkei.referral.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import jp.renkei.referral.PriorTest;

/** Earlier genomic tests, one row each; an insured CGP test matters for the once-per-lifetime rule. */
class PriorTestsEditor extends Composite<VerticalLayout> {

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    private Runnable onChange = () -> { };

    PriorTestsEditor() {
        list.setPadding(false);
        list.setSpacing(false);
        Button add = new Button(getTranslation("referral.priorTest.add"), VaadinIcon.PLUS.create(), e -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getContent().setPadding(false);
        getContent().add(list, add);
    }

    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    List<PriorTest> value() {
        return rows.stream().filter(Row::filled).map(Row::value).toList();
    }

    void show(List<PriorTest> tests) {
        rows.clear();
        list.removeAll();
        tests.forEach(this::addRow);
    }

    private void addRow(PriorTest test) {
        Row row = new Row(test);
        rows.add(row);
        list.add(row.layout);
    }

    private final class Row {
        final DatePicker testedOn = new DatePicker();
        final TextField name = new TextField();
        final Checkbox insured = new Checkbox(getTranslation("referral.priorTest.insured"));
        final HorizontalLayout layout;

        Row(PriorTest test) {
            testedOn.setPlaceholder(getTranslation("referral.priorTest.date"));
            FormDates.localize(testedOn);
            name.setPlaceholder(getTranslation("referral.priorTest.name"));
            name.setWidth("18em");
            if (test != null) {
                testedOn.setValue(test.testedOn());
                name.setValue(test.testName());
                insured.setValue(test.insuranceCovered());
            }
            insured.addValueChangeListener(e -> onChange.run());
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("referral.priorTest.remove"));
            layout = new HorizontalLayout(testedOn, name, insured, remove);
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        }

        boolean filled() {
            return !name.getValue().isBlank();
        }

        PriorTest value() {
            return new PriorTest(testedOn.getValue(), name.getValue().strip(), insured.getValue());
        }

        void remove() {
            rows.remove(this);
            list.remove(layout);
            onChange.run();
        }
    }
}
