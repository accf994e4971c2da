package jp.renkei.tenancy.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import jp.renkei.tenancy.HospitalTier;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.tenancy.HospitalDirectory;
import jp.renkei.tenancy.HospitalSummary;
import jp.renkei.tenancy.NetworkAdministrationException;
import jp.renkei.tenancy.PartnerLink;

/** The selected hospital's partnerships; for a liaison hospital, adds and removes partners. */
class PartnershipsPanel extends VerticalLayout {

    private final HospitalDirectory directory;
    private HospitalSummary selected;
    final H3 title = new H3();
    final Grid<PartnerLink> links = new Grid<>();
    final ComboBox<HospitalSummary> newPartner = new ComboBox<>();
    final Button link = new Button();

    PartnershipsPanel(HospitalDirectory directory) {
        this.directory = directory;
        Locale locale = MessageBundleI18NProvider.supported(getLocale());
        links.addColumn(l -> l.hospital().name(locale)).setHeader(getTranslation("hospital.name")).setFlexGrow(2);
        links.addColumn(l -> getTranslation("tier." + l.hospital().tier().name())).setAutoWidth(true);
        links.addColumn(PartnerLink::since).setHeader(getTranslation("partnership.since")).setAutoWidth(true);
        links.addComponentColumn(this::unlinkButton).setAutoWidth(true).setFlexGrow(0);
        links.addThemeVariants(GridVariant.LUMO_COMPACT);
        links.setAllRowsVisible(true);

        newPartner.setPlaceholder(getTranslation("partnership.choosePartner"));
        newPartner.setItemLabelGenerator(h -> h.name(locale));
        newPartner.setWidthFull();
        link.setText(getTranslation("partnership.link"));
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        link.addClickListener(e -> linkSelected());
        HorizontalLayout adder = new HorizontalLayout(newPartner, link);
        adder.setWidthFull();
        title.setText(getTranslation("partnership.title"));
        add(title, new Paragraph(getTranslation("partnership.hint")), links, adder);
        show(null);
    }

    void show(HospitalSummary hospital) {
        this.selected = hospital;
        boolean liaison = hospital != null && hospital.tier() == HospitalTier.LIAISON;
        links.setVisible(hospital != null);
        newPartner.setVisible(liaison);
        link.setVisible(liaison);
        if (hospital == null) {
            return;
        }
        title.setText(getTranslation("partnership.titleOf", hospital.name(MessageBundleI18NProvider.supported(getLocale()))));
        links.setItems(directory.partnersOf(hospital.id()));
        if (liaison) {
            newPartner.setItems(directory.referralReceivers());
        }
    }

    private Button unlinkButton(PartnerLink partner) {
        Button unlink = new Button(getTranslation("partnership.unlink"), e -> unlink(partner));
        unlink.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return unlink;
    }

    private void linkSelected() {
        if (newPartner.getValue() == null) {
            newPartner.setErrorMessage(getTranslation("partnership.choosePartner"));
            newPartner.setInvalid(true);
            return;
        }
        act(() -> directory.link(selected.id(), newPartner.getValue().id()));
    }

    private void unlink(PartnerLink partner) {
        boolean selectedIsLiaison = selected.tier() == HospitalTier.LIAISON;
        act(() -> directory.unlink(selectedIsLiaison ? selected.id() : partner.hospital().id(),
                selectedIsLiaison ? partner.hospital().id() : selected.id()));
    }

    private void act(Runnable change) {
        try {
            change.run();
            Notifications.success(getTranslation("partnership.saved"));
            newPartner.clear();
            show(selected);
        } catch (NetworkAdministrationException e) {
            Notifications.error(getTranslation(e.messageKey()));
        }
    }
}
