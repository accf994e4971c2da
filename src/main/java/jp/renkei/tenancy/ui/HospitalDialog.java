package jp.renkei.tenancy.ui;

import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

import jp.renkei.tenancy.HospitalTier;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.ui.RecordValidation;
import jp.renkei.tenancy.HospitalDirectory;
import jp.renkei.tenancy.HospitalForm;
import jp.renkei.tenancy.HospitalSummary;
import jp.renkei.tenancy.NetworkAdministrationException;

/** Registers a hospital or corrects one. */
class HospitalDialog extends Dialog {

    private final HospitalDirectory directory;
    private final HospitalSummary existing;
    private final Consumer<HospitalSummary> onSaved;
    final TextField code = new TextField();
    final TextField nameJa = new TextField();
    final TextField nameEn = new TextField();
    final ComboBox<HospitalTier> tier = new ComboBox<>();
    final Checkbox panelCapable = new Checkbox();
    final ComboBox<String> prefecture = new ComboBox<>();
    final TextField addressJa = new TextField();

    HospitalDialog(HospitalDirectory directory, HospitalSummary existing, Consumer<HospitalSummary> onSaved) {
        this.directory = directory;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "hospital.add" : "hospital.edit"));
        setWidth("640px");
        code.setLabel(getTranslation("hospital.code"));
        code.setHelperText(getTranslation("hospital.code.pattern"));
        nameJa.setLabel(getTranslation("hospital.nameJa"));
        nameEn.setLabel(getTranslation("hospital.nameEn"));
        tier.setLabel(getTranslation("hospital.tier"));
        tier.setItems(HospitalTier.values());
        tier.setItemLabelGenerator(t -> getTranslation("tier." + t.name()));
        panelCapable.setLabel(getTranslation("hospital.panelCapable"));
        prefecture.setLabel(getTranslation("hospital.prefecture"));
        prefecture.setItems(IntStream.rangeClosed(1, 47).mapToObj(i -> String.format("%02d", i)).toList());
        prefecture.setItemLabelGenerator(p -> getTranslation("prefecture." + p));
        addressJa.setLabel(getTranslation("hospital.address"));
        if (existing != null) {
            code.setValue(existing.code());
            nameJa.setValue(existing.nameJa());
            nameEn.setValue(existing.nameEn());
            tier.setValue(existing.tier());
            panelCapable.setValue(existing.panelCapable());
            prefecture.setValue(existing.prefectureCode());
            addressJa.setValue(existing.addressJa() == null ? "" : existing.addressJa());
        }
        FormLayout form = new FormLayout(code, tier, nameJa, nameEn, prefecture, panelCapable, addressJa);
        form.setColspan(addressJa, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save() {
        HospitalForm form = new HospitalForm(code.getValue().strip().toUpperCase(), nameJa.getValue(),
                nameEn.getValue(), tier.getValue(), panelCapable.getValue(), prefecture.getValue(),
                addressJa.getValue());
        if (!RecordValidation.validate(this, form, Map.of("code", code, "nameJa", nameJa, "nameEn", nameEn,
                "tier", tier, "prefectureCode", prefecture, "addressJa", addressJa))) {
            return;
        }
        try {
            HospitalSummary saved = existing == null ? directory.register(form) : directory.update(existing.id(), form);
            Notifications.success(getTranslation("hospital.saved", saved.nameJa()));
            onSaved.accept(saved);
            close();
        } catch (NetworkAdministrationException e) {
            Notifications.error(getTranslation(e.messageKey()));
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error(getTranslation("error.concurrentChange"));
        }
    }
}
