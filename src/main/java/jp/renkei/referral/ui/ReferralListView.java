package jp.renkei.referral.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.referral.ReferralFilter;
import jp.renkei.referral.ReferralService;
import jp.renkei.referral.ReferralSort;
import jp.renkei.referral.ReferralStatus;
import jp.renkei.referral.ReferralSummary;
import jp.renkei.referral.RequestedService;
import jp.renkei.referral.oncotree.CancerType;
import jp.renkei.referral.oncotree.CancerTypeCatalogue;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;

/**
 * The referrer's referrals, or the receiving hospital's inbox. Loaded page by page from the database (no
 * total count), newest activity first; overdue acknowledgements stand out.
 */
@Route("referrals")
@Menu(order = 10, title = "nav.referrals", icon = "vaadin:exchange")
@RolesAllowed({ Role.Names.LIAISON_CLINICIAN, Role.Names.CORE_COORDINATOR })
class ReferralListView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(JapanTime.ZONE);

    private final Locale locale = MessageBundleI18NProvider.supported(getLocale());
    final MultiSelectComboBox<ReferralStatus> status = new MultiSelectComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<CancerType> cancerType = new ComboBox<>();
    final ComboBox<RequestedService> service = new ComboBox<>();
    final Checkbox overdue = new Checkbox();
    final Grid<ReferralSummary> grid = new Grid<>();
    final Button create = new Button();

    ReferralListView(ReferralService referrals, CancerTypeCatalogue cancerTypes) {
        setSizeFull();
        status.setLabel(getTranslation("referral.status"));
        status.setItems(ReferralStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("referral.status." + s.name()));
        from.setLabel(getTranslation("referral.filter.from"));
        to.setLabel(getTranslation("referral.filter.to"));
        cancerType.setLabel(getTranslation("referral.cancerType"));
        cancerType.setItems(cancerTypes.all());
        cancerType.setItemLabelGenerator(t -> t.label(locale));
        cancerType.setClearButtonVisible(true);
        service.setLabel(getTranslation("referral.services"));
        service.setItems(RequestedService.values());
        service.setItemLabelGenerator(s -> getTranslation("service." + s.name()));
        service.setClearButtonVisible(true);
        overdue.setLabel(getTranslation("referral.filter.overdue"));
        status.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        cancerType.addValueChangeListener(e -> refresh());
        service.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());

        grid.setId("referral-list");
        grid.addColumn(r -> r.id().display()).setHeader(getTranslation("referral.number")).setAutoWidth(true)
                .setSortable(true).setKey(ReferralSort.NUMBER.name());
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("referral.status")).setAutoWidth(true);
        grid.addColumn(ReferralSummary::patientName).setHeader(getTranslation("referral.patient")).setAutoWidth(true);
        grid.addColumn(r -> r.cancerTypeCode() == null ? "" : r.cancerTypeCode())
                .setHeader(getTranslation("referral.cancerType")).setAutoWidth(true);
        grid.addColumn(r -> r.services().stream().sorted().map(s -> getTranslation("service.short." + s.name()))
                .collect(Collectors.joining("・"))).setHeader(getTranslation("referral.services")).setAutoWidth(true);
        // Each side sees the other hospital; its own name would repeat on every row.
        boolean referrer = referrals.canCreate();
        grid.addColumn(r -> referrer ? r.receivingHospital().name(locale) : r.referringHospital().name(locale))
                .setHeader(getTranslation(referrer ? "referral.to" : "referral.from")).setAutoWidth(true);
        grid.addColumn(r -> r.acknowledgementDueAt() == null || r.status() != ReferralStatus.SUBMITTED ? ""
                : DATE_TIME.format(r.acknowledgementDueAt())).setHeader(getTranslation("referral.ackDue")).setAutoWidth(true)
                .setSortable(true).setKey(ReferralSort.ACKNOWLEDGEMENT_DUE.name());
        grid.addColumn(r -> DATE_TIME.format(r.updatedAt())).setHeader(getTranslation("referral.updated"))
                .setAutoWidth(true).setSortable(true).setKey(ReferralSort.NEWEST_ACTIVITY.name());
        grid.setItems(query -> {
            GridSortOrder order = query.getSortOrders().stream().findFirst()
                    .map(o -> new GridSortOrder(ReferralSort.valueOf(o.getSorted()),
                            o.getDirection() == SortDirection.ASCENDING))
                    .orElse(new GridSortOrder(ReferralSort.NEWEST_ACTIVITY, false));
            return referrals.list(filter(), order.sort(), order.ascending(), query.getOffset(), query.getLimit())
                    .stream();
        });
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("referrals/" + e.getItem().id().value())));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();

        create.setText(getTranslation("referral.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.setId("new-referral");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("referrals/new")));
        create.setVisible(referrer);

        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("referral.listTitle")), create);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.BASELINE);
        FlexLayout filters = new FlexLayout(status, from, to, cancerType, service, overdue);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(header, filters, grid);
    }

    private Component statusBadge(ReferralSummary referral) {
        Span badge = new Span(getTranslation("referral.status." + referral.status().name()));
        badge.addClassNames("status-badge", referral.status().name());
        if (referral.overdue()) {
            badge.setText(badge.getText() + " ・ " + getTranslation("referral.overdue"));
            badge.addClassName("overdue");
        }
        return badge;
    }

    private record GridSortOrder(ReferralSort sort, boolean ascending) {
    }

    private ReferralFilter filter() {
        return new ReferralFilter(status.getValue(), from.getValue(), to.getValue(),
                cancerType.getValue() == null ? null : cancerType.getValue().code(), service.getValue(),
                overdue.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("referral.listTitle") + " | " + getTranslation("app.name");
    }
}
