package jp.renkei.referral.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;

import jp.renkei.referral.ReferralValidation;
import jp.renkei.referral.Specimen;
import jp.renkei.referral.SpecimenType;
import jp.renkei.shared.ui.DateFields;

/** The specimen: type, collection date, fixation, tumour cellularity, block availability. */
class SpecimenSection extends Composite<FormLayout> {

    private static final List<String> FIXATIONS = List.of("10%中性緩衝ホルマリン", "20%中性緩衝ホルマリン",
            "非緩衝ホルマリン", "不明");

    final RadioButtonGroup<SpecimenType> type = new RadioButtonGroup<>();
    final DatePicker collectedOn = new DatePicker();
    final ComboBox<String> fixation = new ComboBox<>();
    final IntegerField cellularity = new IntegerField();
    final Checkbox blockAvailable = new Checkbox();

    SpecimenSection() {
        type.setId("specimen-type");
        type.setLabel(getTranslation("referral.specimenType"));
        type.setItems(SpecimenType.values());
        type.setItemLabelGenerator(t -> getTranslation("specimenType." + t.name()));
        collectedOn.setLabel(getTranslation("referral.specimenDate"));
        DateFields.localize(collectedOn);
        fixation.setLabel(getTranslation("referral.fixation"));
        fixation.setItems(FIXATIONS);
        fixation.setAllowCustomValue(true);
        fixation.addCustomValueSetListener(e -> fixation.setValue(e.getDetail()));
        cellularity.setLabel(getTranslation("referral.cellularity"));
        cellularity.setMin(0);
        cellularity.setMax(100);
        cellularity.setSuffixComponent(new Span("%"));
        blockAvailable.setLabel(getTranslation("referral.blockAvailable"));
        getContent().add(type, collectedOn, fixation, cellularity, blockAvailable);
    }

    Specimen value() {
        return new Specimen(type.getValue(), collectedOn.getValue(), fixation.getValue(), cellularity.getValue(),
                type.getValue() == SpecimenType.FFPE_TISSUE ? blockAvailable.getValue() : null);
    }

    void show(Specimen specimen) {
        if (specimen == null) {
            return;
        }
        type.setValue(specimen.type());
        collectedOn.setValue(specimen.collectedOn());
        fixation.setValue(specimen.fixation());
        cellularity.setValue(specimen.tumourCellularityPercent());
        blockAvailable.setValue(Boolean.TRUE.equals(specimen.blockAvailable()));
    }

    Map<String, HasValidation> fields() {
        return Map.of(ReferralValidation.SPECIMEN_TYPE, type, ReferralValidation.SPECIMEN_DATE, collectedOn,
                ReferralValidation.CELLULARITY, cellularity);
    }
}
