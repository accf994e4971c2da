package jp.renkei.referral.ui;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.referral.AttachmentDownload;
import jp.renkei.referral.AttachmentInfo;
import jp.renkei.referral.ReferralDetails;
import jp.renkei.referral.ReferralId;
import jp.renkei.referral.ReferralInvalid;
import jp.renkei.referral.ReferralNotFound;
import jp.renkei.referral.ReferralService;
import jp.renkei.referral.ReferralStatus;
import jp.renkei.referral.TimelineEntry;
import jp.renkei.referral.attachment.AttachmentRejected;
import jp.renkei.referral.oncotree.CancerTypeCatalogue;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.ui.RelatedPageLinks;
import jp.renkei.shared.ui.RelatedPages;
import jp.renkei.shared.workflow.ChangedConcurrently;
import jp.renkei.shared.workflow.Refused;

/**
 * One referral as both hospitals see it: where it stands, what happens next, its content, files, letter and
 * the full timeline; the actions of the viewer's side.
 */
@Route("referrals/:id")
@RolesAllowed({ Role.Names.LIAISON_CLINICIAN, Role.Names.CORE_COORDINATOR })
class ReferralDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(JapanTime.ZONE);

    private final ReferralService referrals;
    private final Locale locale = MessageBundleI18NProvider.supported(getLocale());
    final H2 title = new H2();
    final Span status = new Span();
    final Div nextStep = new Div();
    final ReferralActions actions;
    final ReferralContentPanel content;
    final VerticalLayout attachments = new VerticalLayout();
    final VerticalLayout timeline = new VerticalLayout();
    private ReferralDetails current;

    private final jp.renkei.shared.live.LiveUpdates live;

    ReferralDetailView(ReferralService referrals, CancerTypeCatalogue cancerTypes, java.time.Clock clock,
            jp.renkei.shared.live.LiveUpdates live) {
        this.referrals = referrals;
        this.live = live;
        this.content = new ReferralContentPanel(cancerTypes, clock);
        this.actions = new ReferralActions(referrals, clock, this::runStep);
        setMaxWidth("70rem");
        status.setId("referral-status");
        nextStep.setId("next-step");
        nextStep.addClassName("next-step");
        attachments.setPadding(false);
        timeline.setId("timeline");
        timeline.setPadding(false);
        timeline.setSpacing(false);
        HorizontalLayout header = new HorizontalLayout(title, status);
        header.setAlignItems(Alignment.BASELINE);
        add(header, nextStep, actions, content, new H3(getTranslation("referral.section.attachments")), attachments,
                new H3(getTranslation("referral.section.timeline")), timeline);
        addComponentAtIndex(1, RelatedPageLinks.create(RelatedPages.Of.REFERRAL));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // a missing referral, or another hospital's, raises ReferralNotFound: the shell's not-found page shows it
        long id = event.getRouteParameters().getLong("id").orElseThrow(() -> new ReferralNotFound("?"));
        show(referrals.get(new ReferralId(id)));
        live.subscribe(this, jp.renkei.shared.live.LiveTopics.referral(id), () -> showIfChanged(referrals.get(new ReferralId(id))));
    }

    /**
     * A change the page already shows (it was loaded after the change committed, before the change feed reached
     * this node) must not rebuild the page: rebuilding replaces the buttons, and a click landing on a replaced
     * button is lost.
     */
    private void showIfChanged(ReferralDetails fresh) {
        if (!fresh.equals(current)) {
            show(fresh);
        }
    }

    private void show(ReferralDetails referral) {
        current = referral;
        title.setText(getTranslation("referral.detailTitle", referral.id().display()));
        status.setText(getTranslation("referral.status." + referral.status().name())
                + (referral.overdue() ? " ・ " + getTranslation("referral.overdue") : ""));
        status.setClassName("status-badge " + referral.status().name() + (referral.overdue() ? " overdue" : ""));
        nextStep.setText(nextStepText(referral));
        actions.show(referral);
        content.show(referral, locale);
        showAttachments(referral);
        showTimeline(referral);
    }

    private String nextStepText(ReferralDetails r) {
        String key = "referral.next." + r.status().name() + (r.viewerIsReferrer() ? ".referrer" : ".receiver");
        String due = r.acknowledgementDueAt() == null ? "" : Deadlines.lastDay(r.acknowledgementDueAt(), locale);
        String text = getTranslation(key, due, Deadlines.visit(r.visit(), locale));
        if (r.status() == ReferralStatus.RETURNED && r.pendingQuestion() != null) {
            text += "\n" + getTranslation("referral.pendingQuestion", r.pendingQuestion());
        }
        return text;
    }

    private void showAttachments(ReferralDetails referral) {
        attachments.removeAll();
        for (AttachmentInfo info : referral.attachments()) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                AttachmentDownload file = referrals.download(info.id());
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.contentType(), file.content().length);
            }), info.fileName() + "（" + (info.sizeBytes() / 1024 + 1) + " KB）");
            link.getElement().setAttribute("download", true);
            Span meta = new Span(" " + TIME.format(info.uploadedAt()) + " " + info.uploadedBy() + " ・ SHA-256 "
                    + info.sha256().substring(0, 12) + "…");
            meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            attachments.add(new Div(VaadinIcon.PAPERCLIP.create(), link, meta));
        }
        Anchor letter = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = referrals.letterPdf(referral.id());
            return new DownloadResponse(new ByteArrayInputStream(pdf), "referral-letter-" + referral.id().display()
                    + ".pdf", "application/pdf", pdf.length);
        }), getTranslation("referral.letter.download"));
        letter.setId("letter-download");
        letter.getElement().setAttribute("download", true);
        attachments.add(new Div(VaadinIcon.FILE_TEXT_O.create(), letter));
        if (!referral.status().isFinished()) {
            attachments.add(upload(referral));
        }
    }

    private Component upload(ReferralDetails referral) {
        return AttachmentUpload.create(this, (fileName, data) -> {
            try {
                referrals.attach(referral.id(), fileName, data);
                Notifications.success(getTranslation("attachment.added", fileName));
                show(referrals.get(referral.id()));
            } catch (AttachmentRejected e) {
                Notifications.error(getTranslation(e.messageKey(), e.messageArguments()));
            }
        });
    }

    private void showTimeline(ReferralDetails referral) {
        timeline.removeAll();
        for (TimelineEntry entry : referral.timeline().reversed()) {
            String side = entry.actorHospitalId() == referral.referringHospital().id().value()
                    ? referral.referringHospital().name(locale) : referral.receivingHospital().name(locale);
            Div item = new Div();
            item.addClassName("timeline-entry");
            Span when = new Span(TIME.format(entry.occurredAt()) + "　" + entry.actorName() + "（" + side + "）");
            when.addClassName("when");
            item.add(when, new Paragraph(getTranslation("referral.step." + entry.step().name())
                    + (entry.note() == null ? "" : "：" + entry.note())));
            timeline.add(item);
        }
    }

    private boolean runStep(ReferralActions.Step step, String successKey) {
        try {
            ReferralDetails updated = step.apply(null, null);
            Notifications.success(getTranslation(successKey, updated.id().display()));
            show(updated);
            return true;
        } catch (ReferralInvalid e) {
            Notifications.error(e.fieldMessages().values().stream().map(this::getTranslation)
                    .collect(Collectors.joining(" ")));
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
            if (e instanceof ChangedConcurrently) {
                show(referrals.get(current.id()));
            }
        }
        return false;
    }

    @Override
    public String getPageTitle() {
        return (current == null ? "" : current.id().display() + " | ") + getTranslation("app.name");
    }
}
