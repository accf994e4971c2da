package jp.renkei.expertpanel.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;

import jp.renkei.expertpanel.SimulatedCase;
import jp.renkei.expertpanel.simulation.Saving;
import jp.renkei.expertpanel.simulation.SkipVerdict;
import jp.renkei.shared.JapanTime;

/** The simulated cases, those that would have skipped first, each with its reason in words and the days saved. */
class SimulatedCasesGrid extends Grid<SimulatedCase> {

    private final Locale locale;

    SimulatedCasesGrid(Locale locale) {
        this.locale = locale;
        setId("simulated-cases");
        addColumn(SimulatedCase::referralNumber).setHeader(getTranslation("panel.case.referral")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(c -> c.cancerTypeCode() == null ? "" : c.cancerTypeCode())
                .setHeader(getTranslation("panel.case.cancerType")).setAutoWidth(true).setFlexGrow(0);
        addColumn(c -> PanelTexts.day(c.acceptedAt().atZone(JapanTime.ZONE).toLocalDate(), locale))
                .setHeader(getTranslation("panel.simulation.column.accepted")).setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(this::outcome).setHeader(getTranslation("panel.simulation.column.outcome"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(this::reason).setHeader(getTranslation("panel.simulation.column.reason")).setFlexGrow(1);
        addColumn(c -> c.saving() == null ? "—" : days(c.saving()))
                .setHeader(getTranslation("panel.simulation.column.days")).setAutoWidth(true).setFlexGrow(0);
        setEmptyStateText(getTranslation("panel.simulation.none"));
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("panels/cases/" + e.getItem().caseId())));
    }

    void show(List<SimulatedCase> cases) {
        setItems(cases.stream().sorted(Comparator.comparing((SimulatedCase c) -> !c.verdict().skips())
                .thenComparing(SimulatedCase::acceptedAt)).toList());
    }

    private Span outcome(SimulatedCase simulated) {
        boolean skips = simulated.verdict().skips();
        Span badge = new Span(getTranslation(skips ? "panel.simulation.outcome.skip" : "panel.simulation.outcome.panel"));
        badge.addClassName("status-badge");
        badge.getStyle().set("background", skips ? "#d9efe6" : "var(--lumo-contrast-10pct)")
                .set("color", skips ? "#0f5132" : "var(--lumo-body-text-color)");
        return badge;
    }

    /** Why it would have skipped (the first listed variant, its rule and drug), or what kept it at the panel. */
    String reason(SimulatedCase simulated) {
        SkipVerdict verdict = simulated.verdict();
        if (verdict.skips()) {
            return verdict.matches().stream().map(match -> getTranslation("panel.simulation.reason.match",
                    match.variant(), getTranslation(ruleKey(match.rule())), match.entry().drug())
                    + (match.entry().caveat() == null ? "" : getTranslation("panel.simulation.reason.caveat",
                            match.entry().caveat())))
                    .collect(Collectors.joining(" / "));
        }
        return verdict.blocking().stream().map(r -> getTranslation(r.key(), r.arguments().toArray()))
                .collect(Collectors.joining(" / "));
    }

    private String days(Saving saving) {
        return getTranslation("panel.simulation.days", saving.days()) + getTranslation(answerKey(saving.answer()),
                PanelTexts.day(saving.answeredOn(), locale));
    }

    static String ruleKey(SkipVerdict.Rule rule) {
        return switch (rule) {
            case COMPANION_DIAGNOSTIC -> "panel.simulation.rule.COMPANION_DIAGNOSTIC";
            case LEVEL_A_LIST -> "panel.simulation.rule.LEVEL_A_LIST";
        };
    }

    static String answerKey(Saving.Answer answer) {
        return switch (answer) {
            case CONCLUDED -> "panel.simulation.answer.CONCLUDED";
            case MEETING_HELD -> "panel.simulation.answer.MEETING_HELD";
            case NOT_YET -> "panel.simulation.answer.NOT_YET";
        };
    }
}
