package jp.renkei.referral.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.referral.ReferralFilter;
import jp.renkei.referral.ReferralService;
import jp.renkei.referral.ReferralSort;
import jp.renkei.referral.ReferralStatus;
import jp.renkei.referral.ReferralSummary;
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
class ReferralListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final DateTimeFormatter SHORT_DATE_TIME = DateTimeFormatter.ofPattern("M/d HH:mm").withZone(JapanTime.ZONE);

    private final Locale locale = MessageBundleI18NProvider.supported(getLocale());
    final MultiSelectComboBox<ReferralStatus> status = new MultiSelectComboBox<>();
    final Checkbox overdue = new Checkbox();
    final TextField patient = new TextField();
    final MoreFilters more;
    final Grid<ReferralSummary> grid = new Grid<>();
    private final ListBookmarks bookmarks = new ListBookmarks();

    ReferralListView(ReferralService referrals, CancerTypeCatalogue cancerTypes) {
        more = new MoreFilters(cancerTypes, locale, this::refresh);
        setSizeFull();
        patient.setId("patient-search");
        patient.setLabel(getTranslation("referral.filter.patient"));
        patient.setPlaceholder(getTranslation("referral.filter.patientHint"));
        patient.setPrefixComponent(VaadinIcon.SEARCH.create());
        patient.setClearButtonVisible(true);
        // searches as the person pauses, not on every keystroke
        patient.setValueChangeMode(ValueChangeMode.LAZY);
        patient.setValueChangeTimeout(400);
        patient.addValueChangeListener(e -> refresh());
        status.setLabel(getTranslation("referral.status"));
        status.setItems(ReferralStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("referral.status." + s.name()));
        overdue.setLabel(getTranslation("referral.filter.overdue"));
        status.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());

        grid.setId("referral-list");
        // Sized for a 1366 px hospital PC: fixed narrow columns, the partner hospital takes what is left.
        grid.addColumn(r -> r.id().display()).setHeader(getTranslation("referral.number")).setWidth("7em")
                .setFlexGrow(0).setSortable(true).setKey(ReferralSort.NUMBER.name());
        grid.addColumn(statusBadge()).setHeader(getTranslation("referral.status")).setWidth("9.5em").setFlexGrow(0);
        grid.addColumn(ReferralSummary::patientName).setHeader(getTranslation("referral.patient")).setWidth("8em")
                .setFlexGrow(0).setTooltipGenerator(ReferralSummary::patientId);
        grid.addColumn(r -> r.cancerTypeCode() == null ? "" : r.cancerTypeCode())
                .setHeader(getTranslation("referral.cancerType")).setWidth("7em").setFlexGrow(0);
        grid.addColumn(r -> r.services().stream().sorted().map(s -> getTranslation("service.short." + s.name()))
                .collect(Collectors.joining("・"))).setHeader(getTranslation("referral.services")).setWidth("8.5em")
                .setFlexGrow(0);
        // Each side sees the other hospital; its own name would repeat on every row.
        boolean referrer = referrals.canCreate();
        grid.addColumn(r -> referrer ? r.receivingHospital().name(locale) : r.referringHospital().name(locale))
                .setHeader(getTranslation(referrer ? "referral.to" : "referral.from")).setFlexGrow(1)
                .setWidth("8em").setTooltipGenerator(r -> referrer ? r.receivingHospital().name(locale)
                        : r.referringHospital().name(locale));
        grid.addColumn(this::dueOrVisit).setHeader(getTranslation("referral.column.dueOrVisit")).setWidth("12em")
                .setFlexGrow(0).setSortable(true).setKey(ReferralSort.ACKNOWLEDGEMENT_DUE.name())
                .setTooltipGenerator(this::dueOrVisit);
        grid.addColumn(r -> SHORT_DATE_TIME.format(r.updatedAt())).setHeader(getTranslation("referral.updated"))
                .setWidth("7.5em").setFlexGrow(0).setSortable(true).setKey(ReferralSort.NEWEST_ACTIVITY.name());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setItems(query -> {
            GridSortOrder order = query.getSortOrders().stream().findFirst()
                    .map(o -> new GridSortOrder(ReferralSort.valueOf(o.getSorted()),
                            o.getDirection() == SortDirection.ASCENDING))
                    .orElse(new GridSortOrder(ReferralSort.NEWEST_ACTIVITY, false));
            ReferralFilter filter = filter();
            return bookmarks.page(List.of(filter, order), query.getOffset(), nearest -> referrals.list(filter,
                    order.sort(), order.ascending(), query.getOffset(), query.getLimit(), nearest)).stream();
        });
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("referrals/" + e.getItem().id().value())));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();

        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("referral.listTitle")));
        if (referrer) { // the receiving side never writes one: no hidden button kept in its every open list
            header.add(createButton());
        }
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.BASELINE);
        FlexLayout filters = new FlexLayout(patient, status, overdue, more);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(header, filters, grid);
    }

    private Button createButton() {
        Button create = new Button(getTranslation("referral.new"), VaadinIcon.PLUS.create());
        create.setId("new-referral");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("referrals/new")));
        return create;
    }

    /**
     * The status as a badge drawn in the browser from the row's values: a Span component on each row would be a
     * state node of its own in every UI's tree for every row fetched.
     */
    private LitRenderer<ReferralSummary> statusBadge() {
        return LitRenderer.<ReferralSummary>of(
                "<span class=\"status-badge ${item.status} ${item.overdue}\" title=\"${item.title}\">${item.text}</span>")
                .withProperty("status", r -> r.status().name())
                .withProperty("overdue", r -> r.overdue() ? "overdue" : "")
                // only a sent referral can be overdue: the one word says both and fits the column
                .withProperty("text", r -> getTranslation(r.overdue() ? "referral.overdue"
                        : "referral.status." + r.status().name()))
                .withProperty("title", r -> r.overdue() ? getTranslation("referral.status." + r.status().name())
                        + " ・ " + getTranslation("referral.overdue") : "");
    }

    /** The acknowledgement deadline while it waits for one, the visit once scheduled. */
    private String dueOrVisit(ReferralSummary r) {
        if (r.status() == ReferralStatus.SUBMITTED && r.acknowledgementDueAt() != null) {
            return getTranslation("referral.deadline.by", Deadlines.lastDay(r.acknowledgementDueAt(), locale));
        }
        if (r.visit() != null && r.status() == ReferralStatus.SCHEDULED) {
            return Deadlines.visit(r.visit(), locale);
        }
        return "";
    }

    private record GridSortOrder(ReferralSort sort, boolean ascending) {
    }

    /** A link (a home tile, a bookmark) may ask for a filter: referrals?status=SUBMITTED&overdue=true. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ReferralFilter asked = ReferralFilter.fromQueryParameters(event.getLocation().getQueryParameters()
                .getParameters());
        status.setValue(asked.statuses());
        more.show(asked);
        overdue.setValue(asked.overdueOnly());
        patient.setValue(asked.patient() == null ? "" : asked.patient());
    }

    ReferralFilter filter() {
        return new ReferralFilter(status.getValue(), more.from(), more.to(), more.cancerTypeCode(), more.service(),
                overdue.getValue(), patient.getValue());
    }

    private void refresh() {
        bookmarks.forget();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("referral.listTitle") + " | " + getTranslation("app.name");
    }
}
