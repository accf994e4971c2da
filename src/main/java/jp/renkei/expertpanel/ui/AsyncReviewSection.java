package jp.renkei.expertpanel.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import jp.renkei.expertpanel.AsyncReviewDetails;
import jp.renkei.expertpanel.AsyncReviewService;
import jp.renkei.expertpanel.CompositionRefused;
import jp.renkei.expertpanel.PanelCaseStatus;
import jp.renkei.expertpanel.PanelMemberDetails;
import jp.renkei.expertpanel.ReviewAnswer;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.ui.PlainTable;
import jp.renkei.shared.workflow.Refused;

/**
 * The case's asynchronous review (持ち回り協議) on the case page, for the panel's hospital: the coordinator opens a
 * round with its participants; each participant agrees, disagrees (with a reason) or comments; everyone sees who
 * said what when, whether the agreement meets the composition rules yet and why not, and where a disagreement sent
 * the case. Reads the case id from the route itself, so the page only adds it.
 */
class AsyncReviewSection extends VerticalLayout implements BeforeEnterObserver {

    private final AsyncReviewService service;
    private final Locale locale = MessageBundleI18NProvider.supported(getLocale());
    final Paragraph state = new Paragraph();
    final Div verdict = new Div();
    final Div escalation = new Div();
    /** Who was asked and what each answered: read only, so a plain table rather than a grid in every open page. */
    final PlainTable participants = new PlainTable("review-participants");
    final UnorderedList history = new UnorderedList();
    // The opening and answering forms are built the first time the person may use them: most visitors never may.
    // The opening form, a checkbox per roster member, waits behind its own button even then: a coordinator opens
    // many case pages to read them for each round they start.
    final VerticalLayout opening = new VerticalLayout();
    BuiltOnOpen openingForm;
    private List<PanelMemberDetails> roster = List.of();
    CheckboxGroup<PanelMemberDetails> invited;
    Checkbox historyProvided;
    Checkbox pediatricCase;
    Button open;
    final VerticalLayout responding = new VerticalLayout();
    Select<PanelMemberDetails> onBehalfOf;
    TextArea comment;
    Button agree;
    Button disagree;
    Button remark;
    private final LatestShown<Optional<AsyncReviewDetails>> shown = new LatestShown<>(this::showIfVisible);
    private long caseId;

    AsyncReviewSection(AsyncReviewService service) {
        this.service = service;
        setId("async-review");
        setPadding(false);
        opening.setPadding(false);
        responding.setPadding(false);
        add(new H3(getTranslation("panel.review.title")), state, escalation, participants, verdict, responding,
                opening, history);
    }

    private void showParticipants(List<AsyncReviewDetails.Participant> asked) {
        participants.show(List.of(getTranslation("panel.review.member"), getTranslation("panel.review.roles"),
                getTranslation("panel.review.answer"), getTranslation("panel.review.comment"),
                getTranslation("panel.review.respondedAt")), asked.stream().map(p -> List.of(p.member().name(),
                        PanelTexts.roles(this, p.member().roles()),
                        p.current() == null ? getTranslation("panel.review.notYet")
                                : getTranslation(answerKey(p.current().answer())),
                        p.current() == null || p.current().comment() == null ? "" : p.current().comment(),
                        p.current() == null ? "" : PanelTexts.when(p.current().respondedAt(), locale))).toList());
    }

    private Component buildOpening() {
        invited = new CheckboxGroup<>();
        invited.setId("review-invited");
        invited.setLabel(getTranslation("panel.review.open.participants"));
        invited.setItemLabelGenerator(m -> m.name() + "　" + PanelTexts.roles(this, m.roles()));
        historyProvided = new Checkbox(getTranslation("panel.review.open.historyProvided"), true);
        pediatricCase = new Checkbox(getTranslation("panel.review.open.pediatric"));
        open = new Button(getTranslation("panel.review.open"), e -> openRound());
        open.setId("review-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invited.setItems(roster);
        invited.setValue(Set.copyOf(roster));
        VerticalLayout form = new VerticalLayout(invited, historyProvided, pediatricCase, open);
        form.setPadding(false);
        return form;
    }

    private void buildResponding() {
        comment = new TextArea(getTranslation("panel.review.comment"));
        comment.setId("review-comment");
        comment.setWidthFull();
        comment.setMaxLength(2000);
        comment.setHelperText(getTranslation("panel.review.comment.helper"));
        agree = new Button(getTranslation("panel.review.answer.AGREE"), e -> respond(ReviewAnswer.AGREE));
        agree.setId("review-agree");
        agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        disagree = new Button(getTranslation("panel.review.answer.DISAGREE"),
                e -> respond(ReviewAnswer.DISAGREE));
        disagree.setId("review-disagree");
        disagree.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remark = new Button(getTranslation("panel.review.answer.COMMENT"), e -> respond(ReviewAnswer.COMMENT));
        remark.setId("review-comment-only");
        onBehalfOf = new Select<>();
        onBehalfOf.setId("review-on-behalf");
        onBehalfOf.setLabel(getTranslation("panel.review.onBehalf"));
        onBehalfOf.setHelperText(getTranslation("panel.review.onBehalf.helper"));
        onBehalfOf.setItemLabelGenerator(m -> m == null ? getTranslation("panel.review.onBehalf.self")
                : m.name() + "　" + PanelTexts.roles(this, m.roles()));
        onBehalfOf.setWidth("28rem");
        responding.add(new H3(getTranslation("panel.review.responseHeading")), onBehalfOf, comment,
                new HorizontalLayout(agree, disagree, remark));
    }

    /** Built by the application's instantiator, so the service is injected however the page was created. */
    static AsyncReviewSection create() {
        return Instantiator.get(UI.getCurrent()).createComponent(AsyncReviewSection.class);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseId = event.getRouteParameters().getLong("id").orElse(0L);
        refresh();
    }

    private void refresh() {
        shown.show(service.get(caseId));
    }

    /** After someone else's change: redraws only if the round changed, keeping a comment being typed. */
    void showChanges() {
        shown.showIfChanged(service.get(caseId));
    }

    private void showIfVisible(Optional<AsyncReviewDetails> review) {
        // hidden for the referring hospital, and for a case that went to its meeting without a round
        var found = review.filter(r -> r.round() != null || r.caseStatus() == PanelCaseStatus.ASSIGNED);
        setVisible(found.isPresent());
        found.ifPresent(this::show);
    }

    private void show(AsyncReviewDetails review) {
        AsyncReviewDetails.Round round = review.round();
        opening.setVisible(round == null && review.canOpen());
        if (opening.isVisible() && openingForm == null) {
            openingForm = new BuiltOnOpen(getTranslation("panel.review.open.choose"), "review-choose",
                    this::buildOpening);
            opening.add(openingForm);
        }
        participants.setVisible(round != null);
        responding.setVisible(round != null && round.open() && (round.you() != null || !round.onBehalf().isEmpty()));
        if (responding.isVisible() && comment == null) {
            buildResponding();
        }
        verdict.removeAll();
        escalation.removeAll();
        history.removeAll();
        if (round == null) {
            state.setText(getTranslation(review.canOpen() ? "panel.review.none.canOpen" : "panel.review.none"));
            roster = review.members();
            if (invited != null) {
                invited.setItems(roster);
                invited.setValue(Set.copyOf(roster));
            }
            return;
        }
        state.setText(stateText(round));
        showParticipants(round.participants());
        if (onBehalfOf != null) {
            onBehalfOf.setVisible(!round.onBehalf().isEmpty());
            onBehalfOf.setItems(round.onBehalf());
            // a coordinator who is also a participant answers for themselves by choosing no one
            onBehalfOf.setEmptySelectionAllowed(round.you() != null);
            onBehalfOf.setEmptySelectionCaption(getTranslation("panel.review.onBehalf.self"));
        }
        verdict.add(PanelTexts.verdict(this, round.agreedVerdict(), getTranslation("panel.review.verdictHeading",
                PanelTexts.day(round.reviewDay(), locale))));
        if (round.escalation() != null) {
            escalation.setId("review-escalation");
            escalation.add(new Paragraph(getTranslation("panel.review.escalated", round.escalation().memberName(),
                    round.escalation().reason())), new Paragraph(round.escalatedTo() == null
                            ? getTranslation("panel.review.escalated.noMeeting")
                            : getTranslation("panel.review.escalated.meeting", PanelTexts.when(round.escalatedTo(),
                                    locale))));
            escalation.getStyle().set("border-left", "4px solid var(--lumo-error-color)")
                    .set("padding", "0 var(--lumo-space-m)");
        }
        round.history().forEach(r -> history.add(new ListItem(getTranslation(r.current() ? "panel.review.history"
                : "panel.review.history.replaced", PanelTexts.when(r.respondedAt(), locale), r.memberName(),
                getTranslation(answerKey(r.answer())), r.comment() == null ? "" : r.comment(), r.respondedBy()))));
        history.setVisible(!round.history().isEmpty());
    }

    private String stateText(AsyncReviewDetails.Round round) {
        String opened = getTranslation("panel.review.opened", PanelTexts.when(round.openedAt(), locale),
                round.openedBy());
        return opened + "　" + switch (round.status()) {
            case OPEN -> getTranslation("panel.review.status.OPEN", round.awaiting());
            case CONCLUDED -> getTranslation("panel.review.status.CONCLUDED", PanelTexts.when(round.closedAt(), locale));
            case ESCALATED -> getTranslation("panel.review.status.ESCALATED", PanelTexts.when(round.closedAt(), locale));
        };
    }

    private void openRound() {
        try {
            service.open(caseId, invited.getValue().stream().map(PanelMemberDetails::id).collect(Collectors.toSet()),
                    historyProvided.getValue(), pediatricCase.getValue());
            Notifications.success(getTranslation("panel.review.opened.done"));
            reload();
        } catch (CompositionRefused e) {
            verdict.removeAll();
            verdict.add(PanelTexts.verdict(this, e.verdict(), getTranslation("panel.review.open.verdictHeading")));
            Notifications.error(getTranslation("panel.review.error.participantsShort"));
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }

    private void respond(ReviewAnswer answer) {
        try {
            PanelMemberDetails absent = onBehalfOf.isVisible() ? onBehalfOf.getValue() : null;
            if (absent != null) {
                service.respondFor(caseId, absent.id(), answer, comment.getValue());
            } else {
                service.respond(caseId, answer, comment.getValue());
            }
            Notifications.success(getTranslation("panel.review.responded"));
            comment.clear();
            reload();
        } catch (Refused e) {
            // what the person typed stays in the field
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }

    /** The whole page again: a concluded or escalated case changes its header (meeting) too. */
    private void reload() {
        getUI().ifPresentOrElse(ui -> ui.refreshCurrentRoute(false), this::refresh);
    }

    static String answerKey(ReviewAnswer answer) {
        return switch (answer) {
            case AGREE -> "panel.review.answer.AGREE";
            case DISAGREE -> "panel.review.answer.DISAGREE";
            case COMMENT -> "panel.review.answer.COMMENT";
        };
    }
}
