package jp.renkei.audit.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import jp.renkei.audit.AuditSearch;
import jp.renkei.shared.ui.DateFields;

/**
 * The audit page's search: days, who, which action, and — for a hospital admin — one of the hospital's patients,
 * whose access history then includes the partner hospital's reads.
 */
class AuditSearchForm extends HorizontalLayout {

    final DatePicker from = new DatePicker(getTranslation("audit.search.from"));
    final DatePicker to = new DatePicker(getTranslation("audit.search.to"));
    final TextField actor = new TextField(getTranslation("audit.search.actor"));
    final TextField action = new TextField(getTranslation("audit.search.action"));
    final TextField patient = new TextField(getTranslation("audit.search.patient"));
    final Button search = new Button(getTranslation("audit.search.run"));

    AuditSearchForm(boolean patientSearchAllowed, Consumer<AuditSearch> onSearch) {
        DateFields.localize(from);
        DateFields.localize(to);
        actor.setMaxLength(100);
        action.setMaxLength(60);
        action.setHelperText(getTranslation("audit.search.action.helper"));
        patient.setId("audit-patient");
        patient.setMaxLength(30);
        patient.setHelperText(getTranslation("audit.search.patient.helper"));
        patient.setVisible(patientSearchAllowed);
        search.setId("audit-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(Key.ENTER);
        search.addClickListener(click -> onSearch.accept(new AuditSearch(from.getValue(), to.getValue(),
                actor.getValue(), action.getValue().toUpperCase(java.util.Locale.ROOT), patient.getValue())));
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(from, to, actor, action, patient, search);
    }
}
