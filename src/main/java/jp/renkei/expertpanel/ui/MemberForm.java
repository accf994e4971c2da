package jp.renkei.expertpanel.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import jp.renkei.expertpanel.NewPanelMember;
import jp.renkei.expertpanel.composition.PanelRole;

/**
 * Adds a person to the roster: name (and account id when they have one), the categories they qualify for, the
 * specialty that makes (ア) physicians count as different fields, full-time, pediatric panel experience.
 */
class MemberForm extends Composite<FormLayout> {

    final TextField name = new TextField();
    final IntegerField userId = new IntegerField();
    final CheckboxGroup<PanelRole> roles = new CheckboxGroup<>();
    final TextField specialty = new TextField();
    final Checkbox fullTime = new Checkbox();
    final Checkbox pediatric = new Checkbox();
    final Button add = new Button();

    MemberForm(Consumer<NewPanelMember> onAdd) {
        name.setId("member-name");
        name.setLabel(getTranslation("panel.member.name"));
        name.setRequiredIndicatorVisible(true);
        userId.setId("member-user-id");
        userId.setLabel(getTranslation("panel.member.userId"));
        userId.setHelperText(getTranslation("panel.member.userId.help"));
        roles.setId("member-roles");
        roles.setLabel(getTranslation("panel.member.roles"));
        roles.setItems(PanelRole.values());
        roles.setItemLabelGenerator(r -> getTranslation(PanelTexts.roleKey(r)));
        specialty.setId("member-specialty");
        specialty.setLabel(getTranslation("panel.member.specialty"));
        specialty.setHelperText(getTranslation("panel.member.specialty.help"));
        fullTime.setId("member-full-time");
        fullTime.setLabel(getTranslation("panel.member.fullTime"));
        fullTime.setValue(true);
        pediatric.setId("member-pediatric");
        pediatric.setLabel(getTranslation("panel.member.pediatricExperience"));
        add.setId("member-add");
        add.setText(getTranslation("panel.member.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> onAdd.accept(new NewPanelMember(
                userId.getValue() == null ? null : userId.getValue().longValue(), name.getValue(), roles.getValue(),
                specialty.getValue(), fullTime.getValue(), pediatric.getValue())));
        FormLayout layout = getContent();
        layout.add(name, userId, specialty, fullTime, pediatric);
        layout.add(roles, 2);
        layout.add(add);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
    }

    void clear() {
        name.clear();
        userId.clear();
        roles.clear();
        specialty.clear();
        fullTime.setValue(true);
        pediatric.clear();
    }
}
