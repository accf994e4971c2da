package jp.renkei.referral.ui;

import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

import jp.renkei.referral.ReferralFilter;
import jp.renkei.referral.RequestedService;
import jp.renkei.referral.oncotree.CancerType;
import jp.renkei.referral.oncotree.CancerTypeCatalogue;
import jp.renkei.shared.ui.DateFields;

/**
 * The list's rarely used filters (activity dates, cancer type, requested service), built when the person asks for
 * them or a link sets one: two date pickers and two combo boxes with their data communicators would otherwise stay
 * in every open list. Until then they filter nothing. Laid out in the filter row as if they were its own items.
 */
final class MoreFilters extends Div {

    private final CancerTypeCatalogue cancerTypes;
    private final Locale locale;
    private final Runnable changed;
    final Button opener = new Button();
    private Fields fields;

    private record Fields(DatePicker from, DatePicker to, ComboBox<CancerType> cancerType,
            ComboBox<RequestedService> service) {
    }

    MoreFilters(CancerTypeCatalogue cancerTypes, Locale locale, Runnable changed) {
        this.cancerTypes = cancerTypes;
        this.locale = locale;
        this.changed = changed;
        getStyle().set("display", "contents");
        opener.setText(getTranslation("referral.filter.more"));
        opener.setIcon(VaadinIcon.FILTER.create());
        opener.setId("more-filters");
        opener.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        opener.addClickListener(e -> {
            open();
            fields.from().focus(); // the button that had the focus is gone
        });
        add(opener);
    }

    /** Shows what a list address asks for; the fields are built only if it asks for one of them or they exist. */
    void show(ReferralFilter asked) {
        if (fields == null && asked.from() == null && asked.to() == null && asked.cancerTypeCode() == null
                && asked.service() == null) {
            return;
        }
        open();
        fields.from().setValue(asked.from());
        fields.to().setValue(asked.to());
        fields.cancerType().setValue(asked.cancerTypeCode() == null ? null
                : cancerTypes.all().stream().filter(t -> t.code().equals(asked.cancerTypeCode())).findFirst()
                        .orElse(null));
        fields.service().setValue(asked.service());
    }

    LocalDate from() {
        return fields == null ? null : fields.from().getValue();
    }

    LocalDate to() {
        return fields == null ? null : fields.to().getValue();
    }

    String cancerTypeCode() {
        return fields == null || fields.cancerType().getValue() == null ? null
                : fields.cancerType().getValue().code();
    }

    RequestedService service() {
        return fields == null ? null : fields.service().getValue();
    }

    private void open() {
        if (fields != null) {
            return;
        }
        DatePicker from = new DatePicker(getTranslation("referral.filter.from"));
        DatePicker to = new DatePicker(getTranslation("referral.filter.to"));
        from.setId("filter-from");
        to.setId("filter-to");
        DateFields.localize(from);
        DateFields.localize(to);
        ComboBox<CancerType> cancerType = new ComboBox<>(getTranslation("referral.cancerType"));
        cancerType.setId("filter-cancer-type");
        cancerType.setItems(cancerTypes.all());
        cancerType.setItemLabelGenerator(t -> t.label(locale));
        cancerType.setClearButtonVisible(true);
        ComboBox<RequestedService> service = new ComboBox<>(getTranslation("referral.services"));
        service.setId("filter-service");
        service.setItems(RequestedService.values());
        service.setItemLabelGenerator(s -> getTranslation("service." + s.name()));
        service.setClearButtonVisible(true);
        fields = new Fields(from, to, cancerType, service);
        from.addValueChangeListener(e -> changed.run());
        to.addValueChangeListener(e -> changed.run());
        cancerType.addValueChangeListener(e -> changed.run());
        service.addValueChangeListener(e -> changed.run());
        removeAll();
        add(from, to, cancerType, service);
    }
}
