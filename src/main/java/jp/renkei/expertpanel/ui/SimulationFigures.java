package jp.renkei.expertpanel.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import jp.renkei.expertpanel.simulation.SimulationTotals;

/** The simulation's totals as tiles: cases, would skip, days saved (answered cases), cases still open. */
class SimulationFigures extends HorizontalLayout {

    final Span cases = new Span();
    final Span wouldSkip = new Span();
    final Span daysSaved = new Span();
    final Span open = new Span();
    private final Span skipNote = new Span();
    private final Span daysNote = new Span();
    private final Span openNote = new Span();

    SimulationFigures() {
        setId("simulation-figures");
        addClassName("figure-tiles");
        setWidthFull();
        add(tile(cases, "panel.simulation.figure.cases", new Span(getTranslation("panel.simulation.figure.casesNote"))),
                tile(wouldSkip, "panel.simulation.figure.wouldSkip", skipNote),
                tile(daysSaved, "panel.simulation.figure.daysSaved", daysNote),
                tile(open, "panel.simulation.figure.open", openNote));
    }

    void show(SimulationTotals totals, Locale locale) {
        cases.setText(getTranslation("panel.simulation.count", totals.cases()));
        wouldSkip.setText(getTranslation("panel.simulation.count", totals.wouldSkip()));
        skipNote.setText(getTranslation("panel.simulation.figure.percent",
                String.format(locale, "%.0f", totals.skipPercent())));
        daysSaved.setText(getTranslation("panel.simulation.days", totals.daysSaved()));
        daysNote.setText(totals.medianDaysSaved() == null ? getTranslation("panel.simulation.figure.noMedian")
                : getTranslation("panel.simulation.figure.median", String.format(locale, "%.1f",
                        totals.medianDaysSaved()), totals.answeredSkipping()));
        open.setText(getTranslation("panel.simulation.count", totals.openSkipping()));
        openNote.setText(getTranslation("panel.simulation.figure.openNote", totals.openDaysSoFar()));
    }

    private Div tile(Span value, String labelKey, Span note) {
        value.addClassName("figure-value");
        Span label = new Span(getTranslation(labelKey));
        label.getStyle().set("font-weight", "600");
        note.addClassName("figure-label");
        Div tile = new Div(label, value, note);
        tile.addClassName("figure-tile");
        tile.getStyle().set("flex", "1 1 12rem");
        return tile;
    }
}
