package jp.renkei.expertpanel.ui;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.expertpanel.MeetingDetails;
import jp.renkei.expertpanel.MeetingKind;
import jp.renkei.expertpanel.MeetingStatus;
import jp.renkei.expertpanel.NewPanelMember;
import jp.renkei.expertpanel.PanelDetails;
import jp.renkei.expertpanel.PanelMemberDetails;
import jp.renkei.expertpanel.PanelService;
import jp.renkei.shared.Role;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.workflow.Refused;

/**
 * One panel: is its roster complete under today's rules (everyone present), who is on it, its meetings (sign-off
 * records attendance against the rules of that day) and the cases assigned to it.
 */
@Route("panels/:id([0-9]+)")
@RolesAllowed({ Role.Names.CORE_COORDINATOR, Role.Names.HOSPITAL_ADMIN, Role.Names.PANEL_MEMBER })
class PanelView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PanelService service;
    private final Locale locale = MessageBundleI18NProvider.supported(getLocale());
    private final boolean manages;
    final H2 title = new H2();
    final Paragraph facts = new Paragraph();
    final Div rosterCheck = new Div();
    final Grid<PanelMemberDetails> members = new Grid<>();
    final Grid<MeetingDetails> meetings = new Grid<>();
    final PanelCasesGrid cases;
    final MemberForm memberForm = new MemberForm(this::addMember);
    final MeetingForm meetingForm = new MeetingForm(this::schedule);
    final PanelLoadSection load;
    private PanelDetails panel;

    PanelView(PanelService service, PanelLoadSection load) {
        this.service = service;
        this.manages = service.canManage();
        this.load = load;
        this.cases = new PanelCasesGrid(locale);
        cases.setAllRowsVisible(true); // one panel's cases: few, loaded with the panel
        setMaxWidth("80rem");
        members.setId("panel-members");
        members.addColumn(PanelMemberDetails::name).setHeader(getTranslation("panel.member.name")).setAutoWidth(true);
        members.addColumn(m -> PanelTexts.roles(this, m.roles())).setHeader(getTranslation("panel.member.rolesColumn"))
                .setAutoWidth(true);
        members.addColumn(m -> m.specialty() == null ? "" : m.specialty())
                .setHeader(getTranslation("panel.member.specialty")).setAutoWidth(true);
        members.addColumn(m -> getTranslation(m.fullTime() ? "panel.member.fullTime.yes" : "panel.member.fullTime.no"))
                .setHeader(getTranslation("panel.member.fullTime")).setAutoWidth(true);
        members.addColumn(m -> m.pediatricExperience() ? getTranslation("panel.member.pediatricExperience.yes") : "")
                .setHeader(getTranslation("panel.member.pediatricExperience")).setAutoWidth(true);
        if (manages) {
            members.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);
        }
        members.setAllRowsVisible(true);
        members.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        meetings.setId("panel-meetings");
        meetings.addColumn(m -> PanelTexts.when(m.startsAt(), locale)).setHeader(getTranslation("panel.meeting.when"))
                .setAutoWidth(true);
        meetings.addColumn(m -> getTranslation(PanelTexts.kindKey(m.kind())))
                .setHeader(getTranslation("panel.meeting.kind")).setAutoWidth(true).setFlexGrow(0);
        meetings.addColumn(m -> getTranslation(PanelTexts.statusKey(m.status())))
                .setHeader(getTranslation("panel.meeting.status")).setAutoWidth(true).setFlexGrow(0);
        meetings.addComponentColumn(this::outcome).setHeader(getTranslation("panel.meeting.outcome")).setFlexGrow(3);
        meetings.addComponentColumn(this::meetingAction).setAutoWidth(true).setFlexGrow(0);
        meetings.setAllRowsVisible(true);
        meetings.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new Anchor("panels", getTranslation("panel.backToList")), title, facts,
                new H3(getTranslation("panel.rosterCheck")), rosterCheck,
                new H3(getTranslation("panel.members")), members);
        if (manages) {
            add(new H4(getTranslation("panel.member.add")), memberForm);
        }
        add(load); // cases against capacity per upcoming meeting, above the full list of meetings
        add(new H3(getTranslation("panel.meetings")), meetings);
        if (manages) {
            add(new H4(getTranslation("panel.meeting.schedule")), meetingForm);
        }
        add(new H3(getTranslation("panel.cases.title")), cases);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(service.get(event.getRouteParameters().getLong("id").orElse(0L)));
    }

    private void show(PanelDetails details) {
        panel = details;
        title.setText(details.panel().name());
        facts.setText(getTranslation(PanelTexts.categoryKey(details.panel().category())) + "　／　"
                + getTranslation(details.panel().inHouseSequencing() ? "panel.inHouse.yes" : "panel.inHouse.no"));
        rosterCheck.removeAll();
        rosterCheck.add(PanelTexts.verdict(this, details.rosterCheck(),
                getTranslation("panel.rosterCheck.heading", PanelTexts.day(details.checkedOn(), locale))));
        members.setItems(details.members());
        meetings.setItems(details.meetings());
        cases.setItems(details.cases());
    }

    /** Signed off: who came and which version of the requirements they met; scheduled: where to join. */
    private com.vaadin.flow.component.Component outcome(MeetingDetails m) {
        if (m.status() == MeetingStatus.SIGNED_OFF) {
            Span text = new Span(getTranslation(m.attendingPresent() ? "panel.meeting.signedOff.withAttending"
                    : "panel.meeting.signedOff", m.attendees().size(), m.ruleSetVersion(), m.signedOffBy()));
            text.setTitle(m.ruleSetId() + " / " + m.ruleSetVersion());
            return text;
        }
        if (m.kind() == MeetingKind.REAL_TIME && m.videoUrl() != null) {
            Anchor join = new Anchor(m.videoUrl(), getTranslation("panel.meeting.join"));
            join.setTarget("_blank");
            join.setTitle(m.videoUrl());
            return join;
        }
        return new Span();
    }

    /** Everyone who reads the panel may take the agenda; only managers sign a held meeting off. */
    private com.vaadin.flow.component.Component meetingAction(MeetingDetails m) {
        Div actions = new Div(agendaLink(m));
        actions.addClassName("meeting-actions");
        if (!manages || m.status() != MeetingStatus.SCHEDULED || m.startsAt().isAfter(panel.asOf())) {
            return actions;
        }
        Button signOff = new Button(getTranslation("panel.signOff.open"),
                e -> new SignOffDialog(service, m, panel.members(), this::reload).open());
        signOff.addThemeVariants(ButtonVariant.LUMO_SMALL);
        signOff.addClassName("meeting-sign-off");
        actions.add(signOff);
        return actions;
    }

    // Rendered (and audited) only when clicked: the grid itself reads no case data
    private Anchor agendaLink(MeetingDetails m) {
        Anchor agenda = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = service.agendaPdf(m.id());
            return new DownloadResponse(new ByteArrayInputStream(pdf), "panel-agenda-" + m.id() + ".pdf",
                    "application/pdf", pdf.length);
        }), getTranslation("panel.agenda.download"));
        agenda.addClassName("meeting-agenda");
        agenda.getElement().setAttribute("download", true);
        return agenda;
    }

    private Button removeButton(PanelMemberDetails member) {
        Button remove = new Button(getTranslation("panel.member.remove"), e -> removeMember(member));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClassName("member-remove");
        return remove;
    }

    private void removeMember(PanelMemberDetails member) {
        try {
            service.removeMember(panel.panel().id(), member.id());
            Notifications.success(getTranslation("panel.member.removed", member.name()));
            reload();
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }

    private void addMember(NewPanelMember member) {
        try {
            service.addMember(panel.panel().id(), member);
            memberForm.clear();
            Notifications.success(getTranslation("panel.member.added", member.name()));
            reload();
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }

    private void schedule(MeetingKind kind, Instant startsAt, String videoUrl) {
        try {
            service.schedule(panel.panel().id(), kind, startsAt, videoUrl);
            meetingForm.clear();
            Notifications.success(getTranslation("panel.meeting.scheduled"));
            reload();
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }

    private void reload() {
        show(service.get(panel.panel().id()));
        load.refresh(); // a meeting scheduled or signed off changes the upcoming load
    }

    @Override
    public String getPageTitle() {
        return (panel == null ? getTranslation("panel.list.title") : panel.panel().name()) + " | "
                + getTranslation("app.name");
    }
}
