package jp.renkei.audit.ui;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.audit.AuditQuery;
import jp.renkei.audit.AuditRecord;
import jp.renkei.audit.AuditSearch;
import jp.renkei.audit.AuditTrail;
import jp.renkei.audit.ChainVerification;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;

/**
 * The audit trail, newest first: the whole network for network admins, the own hospital for its admin. Searchable
 * by day, person and action; a hospital admin can look up one patient's access history; the result exports as CSV.
 */
@Route("audit")
@Menu(order = 95, title = "nav.audit", icon = "vaadin:clipboard-text")
@RolesAllowed({ Role.Names.NETWORK_ADMIN, Role.Names.HOSPITAL_ADMIN })
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(JapanTime.ZONE);
    /** The actor name of entries the portal itself writes ({@code AuditEvent.system}). */
    private static final String SYSTEM_ACTOR = "system";
    private static final int CLIENT_SHOWN = 32;

    final Grid<AuditRecord> grid = new Grid<>();
    final Span chainStatus = new Span();
    final Button verify = new Button();
    private final AuditTrail trail;
    private AuditQuery current;

    AuditView(AuditTrail trail, AuthenticationContext authentication) {
        this.trail = trail;
        setSizeFull();
        grid.addColumn(r -> TIME.format(r.occurredAt())).setHeader(getTranslation("audit.time")).setAutoWidth(true);
        grid.addColumn(AuditRecord::actorName).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(this::roles).setHeader(getTranslation("audit.role")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("audit.action." + r.action())).setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.subject() == null ? "" : r.subject()).setHeader(getTranslation("audit.subject"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.detail() == null ? "" : r.detail()).setHeader(getTranslation("audit.detail"))
                .setFlexGrow(2);
        grid.addColumn(r -> orNone(r.sourceAddress())).setHeader(getTranslation("audit.sourceAddress"))
                .setAutoWidth(true);
        grid.addColumn(r -> orNone(shortened(r.client()))).setHeader(getTranslation("audit.client"))
                .setTooltipGenerator(r -> r.client() == null ? "" : r.client()).setAutoWidth(true);
        show(trail.query(AuditSearch.everything()));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        showChainStatus(trail.lastChainCheck().orElse(null));
        verify.setText(getTranslation("audit.chain.verify"));
        verify.addClickListener(click -> showChainStatus(trail.verifyChain()));
        // walking the whole network's chain is the network admin's to start; hospital admins see its result
        verify.setVisible(authentication.hasRole(Role.Names.NETWORK_ADMIN));
        HorizontalLayout chain = new HorizontalLayout(chainStatus, verify);
        chain.setAlignItems(Alignment.BASELINE);
        boolean hospitalAdmin = !authentication.hasRole(Role.Names.NETWORK_ADMIN);
        AuditSearchForm form = new AuditSearchForm(hospitalAdmin, search -> show(trail.query(search)));
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = trail.exportCsv(current);
            return new DownloadResponse(new ByteArrayInputStream(file), "renkei-audit.csv", "text/csv", file.length);
        }), getTranslation("audit.search.csv"));
        csv.setId("audit-csv");
        csv.getElement().setAttribute("download", true);
        add(new H2(getTranslation("audit.title")), new Paragraph(getTranslation("audit.hint")), chain, form, csv,
                grid);
    }

    /** The role names at the hospital; 「システム」 for the portal's own entries, 「—」 where none was recorded. */
    String roles(AuditRecord record) {
        if (record.actorRole() == null) {
            return getTranslation(SYSTEM_ACTOR.equals(record.actorName()) ? "audit.system" : "audit.none");
        }
        return Arrays.stream(record.actorRole().split(",")).map(code -> getTranslation("role." + code))
                .collect(Collectors.joining("、"));
    }

    /** A User-Agent is long; the grid shows its start, the tooltip the whole. */
    static String shortened(String client) {
        return client == null || client.length() <= CLIENT_SHOWN ? client : client.substring(0, CLIENT_SHOWN) + "…";
    }

    private String orNone(String value) {
        return value == null ? getTranslation("audit.none") : value;
    }

    private void show(AuditQuery query) {
        current = query;
        // no count: the trail holds every read of patient data; the grid scrolls on as long as there are rows
        grid.setItems(page -> trail.search(query, page.getOffset(), page.getLimit()).stream());
    }

    private void showChainStatus(ChainVerification check) {
        if (check == null) {
            chainStatus.setText(getTranslation("audit.chain.notVerified"));
        } else if (check.valid()) {
            chainStatus.setText(getTranslation("audit.chain.valid", TIME.format(check.checkedAt()),
                    check.entriesChecked()));
        } else {
            chainStatus.setText(getTranslation("audit.chain.broken", TIME.format(check.checkedAt()),
                    getTranslation(check.problem().messageKey(), String.valueOf(check.brokenEntryId()))));
        }
        boolean intact = check == null || check.valid();
        chainStatus.getElement().setAttribute("data-valid", String.valueOf(intact));
        chainStatus.getStyle().set("color", intact ? null : "var(--lumo-error-text-color)");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | " + getTranslation("app.name");
    }
}
