package jp.renkei.expertpanel.ui;

import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import jp.renkei.expertpanel.PanelCaseSummary;

/** Cases for panel review, as the panel page and the case list both show them. */
class PanelCasesGrid extends Grid<PanelCaseSummary> {

    PanelCasesGrid(Locale locale) {
        setId("panel-cases");
        addColumn(c -> c.referralId() != null ? c.caseNumber()
                : getTranslation("panel.ownCase.inGrid", c.caseNumber())).setHeader(getTranslation("panel.case.referral")).setAutoWidth(true);
        addColumn(c -> c.cancerTypeCode() == null ? "" : c.cancerTypeCode())
                .setHeader(getTranslation("panel.case.cancerType")).setAutoWidth(true);
        addColumn(c -> PanelTexts.when(c.acceptedAt(), locale)).setHeader(getTranslation("panel.case.acceptedAt"))
                .setAutoWidth(true);
        addColumn(c -> c.panelName() == null ? "" : c.panelName()).setHeader(getTranslation("panel.case.panel"))
                .setAutoWidth(true);
        addColumn(c -> c.meetingStartsAt() != null ? PanelTexts.when(c.meetingStartsAt(), locale)
                : c.concludedAt() != null ? getTranslation("panel.case.concludedByRound",
                        PanelTexts.when(c.concludedAt(), locale))
                : getTranslation("panel.case.noMeeting")).setHeader(getTranslation("panel.case.meeting"))
                .setAutoWidth(true);
        addColumn(c -> getTranslation("panel.case.status." + c.status().name()))
                .setHeader(getTranslation("panel.case.status")).setAutoWidth(true);
        setEmptyStateText(getTranslation("panel.cases.none"));
        addThemeVariants(GridVariant.LUMO_COMPACT);
        setHeight("28rem");
        // a row opens the case's workspace
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("panels/cases/" + e.getItem().id())));
    }
}
