package jp.renkei.ccat.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jp.renkei.ccat.catalogue.CatalogueEdit;
import jp.renkei.ccat.catalogue.CatalogueEntry;
import jp.renkei.ccat.catalogue.TestCatalogueService;
import jp.renkei.ccat.milestone.CatalogueTest;
import jp.renkei.ccat.milestone.SampleType;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.workflow.Refused;

/** Adds a catalogue test or saves a new revision of one; the reason is required and kept with the revision. */
class CatalogueDialog extends Dialog {

    private final TestCatalogueService catalogue;
    private final CatalogueEntry existing;
    private final Consumer<CatalogueEntry> onSaved;
    final TextField id = new TextField();
    final TextField name = new TextField();
    final ComboBox<SampleType> sampleType = new ComboBox<>();
    final IntegerField turnaround = new IntegerField();
    final TextArea source = new TextArea();
    final TextArea unconfirmed = new TextArea();
    final TextArea reason = new TextArea();
    final Button save = new Button();

    CatalogueDialog(TestCatalogueService catalogue, CatalogueEntry existing, Consumer<CatalogueEntry> onSaved) {
        this.catalogue = catalogue;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "ccat.catalogue.add" : "ccat.catalogue.edit"));
        setWidth("720px");
        id.setLabel(getTranslation("ccat.catalogue.id"));
        id.setHelperText(getTranslation("ccat.catalogue.idPattern"));
        name.setLabel(getTranslation("ccat.catalogue.name"));
        sampleType.setLabel(getTranslation("ccat.catalogue.sampleType"));
        sampleType.setItems(SampleType.values());
        sampleType.setItemLabelGenerator(type -> getTranslation(type.messageKey()));
        turnaround.setLabel(getTranslation("ccat.catalogue.turnaround"));
        turnaround.setSuffixComponent(new Span(getTranslation("ccat.catalogue.daysUnit")));
        turnaround.setMin(1);
        source.setLabel(getTranslation("ccat.catalogue.source"));
        unconfirmed.setLabel(getTranslation("ccat.catalogue.unconfirmedNote"));
        unconfirmed.setHelperText(getTranslation("ccat.catalogue.unconfirmedHelp"));
        reason.setLabel(getTranslation("ccat.catalogue.reason"));
        reason.setRequiredIndicatorVisible(true);
        if (existing != null) {
            CatalogueTest test = existing.test();
            id.setValue(test.id());
            id.setReadOnly(true);
            name.setValue(test.name());
            sampleType.setValue(test.sampleType());
            turnaround.setValue(test.labTurnaroundBusinessDays());
            source.setValue(test.source());
            unconfirmed.setValue(test.unconfirmed() == null ? "" : test.unconfirmed());
        }
        FormLayout form = new FormLayout(id, name, sampleType, turnaround, source, unconfirmed, reason);
        form.setColspan(source, 2);
        form.setColspan(unconfirmed, 2);
        form.setColspan(reason, 2);
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save() {
        CatalogueEdit edit = new CatalogueEdit(id.getValue(), name.getValue(), sampleType.getValue(),
                turnaround.getValue() == null ? 0 : turnaround.getValue(), source.getValue(), unconfirmed.getValue(),
                reason.getValue(), existing == null ? 0 : existing.revision());
        try {
            CatalogueEntry saved = catalogue.save(edit);
            Notifications.success(getTranslation("ccat.catalogue.saved", saved.test().name(), saved.revision()));
            onSaved.accept(saved);
            close();
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }
}
