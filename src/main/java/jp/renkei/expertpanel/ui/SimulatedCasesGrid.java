package jp.renkei.expertpanel.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
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
        addComponentColumn(this::reason).setHeader(getTranslation("panel.simulation.column.reason")).setFlexGrow(1);
        addComponentColumn(this::days).setHeader(getTranslation("panel.simulation.column.days")).setWidth("13rem")
                .setFlexGrow(0);
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

    /**
     * Why it would have skipped (each listed variant, its rule and drug, and what the data could not check), or what
     * kept it at the panel: one line each.
     */
    private Div reason(SimulatedCase simulated) {
        SkipVerdict verdict = simulated.verdict();
        Div lines = new Div();
        if (verdict.skips()) {
            for (SkipVerdict.Match match : verdict.matches()) {
                lines.add(line(getTranslation("panel.simulation.reason.match", match.variant(),
                        getTranslation(ruleKey(match.rule())), match.entry().drug()), false));
                if (match.entry().caveat() != null) {
                    lines.add(line(getTranslation("panel.simulation.reason.caveat", match.entry().caveat()), true));
                }
            }
        } else {
            verdict.blocking().forEach(r -> lines.add(line(getTranslation(r.key(), r.arguments().toArray()), false)));
        }
        return lines;
    }

    private Div days(SimulatedCase simulated) {
        Saving saving = simulated.saving();
        if (saving == null) {
            return new Div(line("—", false));
        }
        Span days = line(getTranslation("panel.simulation.days", saving.days()), false);
        days.getStyle().set("font-weight", "600");
        return new Div(days, line(getTranslation(answerKey(saving.answer()), PanelTexts.day(saving.answeredOn(), locale)),
                true));
    }

    private static Span line(String text, boolean secondary) {
        Span line = new Span(text);
        line.getStyle().set("display", "block");
        if (secondary) {
            line.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        }
        return line;
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
