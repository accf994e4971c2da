package jp.renkei.insight.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import jp.renkei.insight.Distribution;
import jp.renkei.insight.InsightFigures;
import jp.renkei.insight.Stage;
import jp.renkei.insight.TestingTiming;
import jp.renkei.insight.TreatmentAccess;

/** The numbers behind the charts, as small grids a screen reader and a careful reader can check. */
final class InsightTables {

    private final Texts texts;
    private final Locale locale;

    InsightTables(Texts texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    Grid<Map.Entry<Stage, Distribution>> stages(Map<Stage, Distribution> stages) {
        Grid<Map.Entry<Stage, Distribution>> grid = grid();
        grid.addColumn(e -> texts.get(e.getKey().messageKey())).setHeader(texts.get("insight.csv.item")).setFlexGrow(2);
        grid.addColumn(e -> FigureFormat.patients(e.getValue(), texts)).setHeader(texts.get("insight.csv.patients"));
        grid.addColumn(e -> FigureFormat.days(e.getValue().median())).setHeader(texts.get("insight.csv.median"));
        grid.addColumn(e -> FigureFormat.days(e.getValue().p90())).setHeader(texts.get("insight.csv.p90"));
        grid.setItems(List.copyOf(stages.entrySet()));
        return grid;
    }

    Grid<Map.Entry<TestingTiming, TreatmentAccess>> accessByTiming(Map<TestingTiming, TreatmentAccess> access) {
        Grid<Map.Entry<TestingTiming, TreatmentAccess>> grid = grid();
        grid.addColumn(e -> texts.get(e.getKey().messageKey())).setHeader(texts.get("insight.csv.item")).setFlexGrow(2);
        accessColumns(grid, Map.Entry::getValue);
        grid.setItems(List.copyOf(access.entrySet()));
        return grid;
    }

    Grid<InsightFigures.HospitalAccess> accessByHospital(List<InsightFigures.HospitalAccess> access) {
        Grid<InsightFigures.HospitalAccess> grid = grid();
        grid.addColumn(h -> h.hospital().name(locale)).setHeader(texts.get("insight.csv.place")).setFlexGrow(2);
        accessColumns(grid, InsightFigures.HospitalAccess::access);
        grid.setItems(access);
        return grid;
    }

    /** One row per testing hospital, one column per stage: "median / 90th percentile (patients)". */
    Grid<InsightFigures.HospitalTurnaround> stagesByHospital(List<InsightFigures.HospitalTurnaround> hospitals) {
        Grid<InsightFigures.HospitalTurnaround> grid = grid();
        grid.addColumn(h -> h.hospital().name(locale)).setHeader(texts.get("insight.csv.place")).setFlexGrow(2);
        for (Stage stage : Stage.values()) {
            grid.addColumn(h -> cell(h.stages().get(stage))).setHeader(texts.get(stage.messageKey())).setFlexGrow(1);
        }
        grid.setItems(hospitals);
        return grid;
    }

    private String cell(Distribution d) {
        if (d.suppressed()) {
            return texts.get("insight.suppressed");
        }
        return d.shown() ? texts.get("insight.cell", FigureFormat.days(d.median()), FigureFormat.days(d.p90()),
                d.patients()) : "—";
    }

    private <T> void accessColumns(Grid<T> grid, Function<T, TreatmentAccess> access) {
        grid.addColumn(t -> FigureFormat.cases(access.apply(t), texts)).setHeader(texts.get("insight.csv.cases"));
        grid.addColumn(t -> FigureFormat.percent(access.apply(t).recommendedPercent()))
                .setHeader(texts.get("insight.access.recommended"));
        grid.addColumn(t -> FigureFormat.percent(access.apply(t).givenPercent()))
                .setHeader(texts.get("insight.access.given"));
    }

    private static <T> Grid<T> grid() {
        Grid<T> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }
}
