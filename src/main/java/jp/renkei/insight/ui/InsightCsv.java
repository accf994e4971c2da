package jp.renkei.insight.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.renkei.insight.Distribution;
import jp.renkei.insight.InsightFigures;
import jp.renkei.insight.Stage;
import jp.renkei.insight.TreatmentAccess;
import jp.renkei.shared.report.ExcelCsv;

/**
 * The page's figures as one CSV table for Excel ({@link ExcelCsv}): one row per section, place and item, with the
 * same suppression as the page.
 */
final class InsightCsv {

    private final Texts texts;
    private final Locale locale;

    InsightCsv(Texts texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    byte[] render(InsightFigures figures) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(texts.get("insight.csv.section"), texts.get("insight.csv.place"), texts.get("insight.csv.item"),
                texts.get("insight.csv.patients"), texts.get("insight.csv.median"), texts.get("insight.csv.p90"),
                texts.get("insight.access.recommended"), texts.get("insight.access.given")));
        String scope = figures.network() ? texts.get("insight.scope.networkShort") : figures.hospital().name(locale);
        stageRows(rows, texts.get("insight.section.stages"), scope, figures.stages());
        figures.turnaroundByHospital().forEach(h -> stageRows(rows, texts.get("insight.section.stagesByHospital"),
                h.hospital().name(locale), h.stages()));
        figures.accessByTiming().forEach((timing, a) -> rows.add(accessRow(texts.get("insight.section.accessByTiming"),
                scope, texts.get(timing.messageKey()), a)));
        rows.add(accessRow(texts.get("insight.section.accessByTiming"), scope, texts.get("insight.access.all"),
                figures.access()));
        figures.accessByHospital().forEach(h -> rows.add(accessRow(texts.get("insight.section.accessByHospital"),
                h.hospital().name(locale), texts.get("insight.access.all"), h.access())));
        DateTimeFormatter month = DateTimeFormatter.ofPattern("uuuu-MM");
        figures.monthly().forEach(m -> rows.add(distributionRow(texts.get("insight.section.monthly"), scope,
                month.format(m.month()), m.orderToExplanation())));
        return ExcelCsv.write(rows.getFirst(), rows.subList(1, rows.size()));
    }

    private void stageRows(List<List<String>> rows, String section, String place, Map<Stage, Distribution> stages) {
        stages.forEach((stage, d) -> rows.add(distributionRow(section, place, texts.get(stage.messageKey()), d)));
    }

    private List<String> distributionRow(String section, String place, String item, Distribution d) {
        return List.of(section, place, item, FigureFormat.patients(d, texts), FigureFormat.days(d.median()),
                FigureFormat.days(d.p90()), "", "");
    }

    private List<String> accessRow(String section, String place, String item, TreatmentAccess a) {
        return List.of(section, place, item, FigureFormat.cases(a, texts), "", "",
                FigureFormat.percent(a.recommendedPercent()), FigureFormat.percent(a.givenPercent()));
    }
}
