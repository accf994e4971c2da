package jp.renkei.counseling.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import jp.renkei.counseling.PanelFollowUpDetails;
import jp.renkei.referral.ReferralSummary;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;

/**
 * 「パネル結果に基づく遺伝カウンセリング依頼」 on the counseling page: the referring hospital's patients whose panel report
 * found a secondary finding and who have no session yet. "Book" fills the booking form above with the referral, so the
 * usual day-and-time steps follow. The page builds it only when something is waiting.
 */
class PanelFollowUpSection extends VerticalLayout {

    final Grid<PanelFollowUpDetails> requests = new Grid<>();

    PanelFollowUpSection(List<PanelFollowUpDetails> waiting, Consumer<ReferralSummary> book) {
        Locale locale = MessageBundleI18NProvider.supported(getLocale());
        setPadding(false);
        setId("panel-follow-ups");
        requests.addColumn(r -> r.referral().id().display() + "　" + r.referral().patientName())
                .setHeader(getTranslation("referral.patient")).setAutoWidth(true);
        requests.addColumn(r -> String.join("、", r.genes())).setHeader(getTranslation("counseling.followUp.genes"))
                .setAutoWidth(true);
        requests.addColumn(r -> CounselingTexts.day(LocalDate.ofInstant(r.raisedAt(), JapanTime.ZONE), locale))
                .setHeader(getTranslation("counseling.followUp.raisedAt")).setAutoWidth(true);
        requests.addComponentColumn(r -> {
            Button button = new Button(getTranslation("counseling.followUp.book"), e -> book.accept(r.referral()));
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            button.addClassName("book-follow-up");
            return button;
        }).setAutoWidth(true);
        requests.addComponentColumn(r -> new Anchor("panels/cases/" + r.caseId(),
                getTranslation("counseling.followUp.openCase"))).setAutoWidth(true);
        requests.setAllRowsVisible(true);
        requests.addThemeVariants(GridVariant.LUMO_COMPACT);
        requests.setItems(waiting);
        add(new H3(getTranslation("counseling.followUp.section")),
                new Paragraph(getTranslation("counseling.followUp.hint")), requests);
    }
}
