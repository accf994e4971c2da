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
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;

import jp.renkei.referral.PriorTest;
import jp.renkei.referral.PriorTestKind;
import jp.renkei.referral.priortest.PriorTestCatalogue;
import jp.renkei.shared.ui.DateFields;

/** Earlier genomic tests, one row each; an insured CGP test matters for the once-per-lifetime rule. */
class PriorTestsEditor extends Composite<VerticalLayout> {

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    private final PriorTestCatalogue catalogue;
    private Runnable onChange = () -> { };

    PriorTestsEditor(PriorTestCatalogue catalogue) {
        this.catalogue = catalogue;
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

    List<Row> rows() {
        return List.copyOf(rows);
    }

    void show(List<PriorTest> tests) {
        rows.clear();
        list.removeAll();
        tests.forEach(this::addRow);
    }

    void addRow(PriorTest test) {
        Row row = new Row(test);
        rows.add(row);
        list.add(row.layout);
    }

    final class Row {
        final DatePicker testedOn = new DatePicker();
        final ComboBox<String> name = new ComboBox<>();
        final Select<PriorTestKind> kind = new Select<>();
        final Checkbox insured = new Checkbox(getTranslation("referral.priorTest.insured"));
        final HorizontalLayout layout;

        Row(PriorTest test) {
            testedOn.setPlaceholder(getTranslation("referral.priorTest.date"));
            DateFields.localize(testedOn);
            name.setPlaceholder(getTranslation("referral.priorTest.name"));
            name.setWidth("20em");
            name.setItems(catalogue.names());
            // a test missing from the catalogue can still be typed; its kind is then chosen by hand
            name.setAllowCustomValue(true);
            name.addCustomValueSetListener(e -> name.setValue(e.getDetail()));
            name.addClassName("prior-test-name");
            kind.setPlaceholder(getTranslation("referral.priorTest.kind"));
            kind.setAriaLabel(getTranslation("referral.priorTest.kind"));
            kind.setItems(PriorTestKind.values());
            kind.setItemLabelGenerator(this::label);
            kind.setWidth("16em");
            kind.addClassName("prior-test-kind");
            if (test != null) {
                testedOn.setValue(test.testedOn());
                name.setValue(test.testName());
                kind.setValue(test.kind() != null ? test.kind() : catalogue.kindOf(test.testName()));
                insured.setValue(test.insuranceCovered());
            }
            name.addValueChangeListener(e -> {
                catalogue.recognise(e.getValue()).ifPresent(known -> kind.setValue(known.kind()));
                onChange.run();
            });
            kind.addValueChangeListener(e -> onChange.run());
            insured.addValueChangeListener(e -> onChange.run());
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("referral.priorTest.remove"));
            layout = new HorizontalLayout(testedOn, name, kind, insured, remove);
            layout.setWrap(true);
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        }

        boolean filled() {
            return name.getValue() != null && !name.getValue().isBlank();
        }

        PriorTest value() {
            String typed = name.getValue().strip();
            return new PriorTest(testedOn.getValue(), typed, insured.getValue(),
                    kind.getValue() != null ? kind.getValue() : catalogue.kindOf(typed));
        }

        private String label(PriorTestKind value) {
            return getTranslation(switch (value) {
                case CGP_PANEL -> "referral.priorTest.kind.cgp";
                case COMPANION_DIAGNOSTIC -> "referral.priorTest.kind.cdx";
                case OTHER -> "referral.priorTest.kind.other";
            });
        }

        void remove() {
            rows.remove(this);
            list.remove(layout);
            onChange.run();
        }
    }
}
