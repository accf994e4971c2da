package jp.renkei.insight.ui;

import java.awt.BasicStroke;
import java.text.DecimalFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

import jp.renkei.insight.Distribution;
import jp.renkei.insight.InsightFigures;
import jp.renkei.insight.Stage;
import jp.renkei.insight.TestingTiming;
import jp.renkei.insight.TreatmentAccess;

/**
 * The page's charts as PNG, each answering one question: how long each stage takes (box: quartiles, median, whiskers
 * from the shortest to the 90th percentile), whether the whole way gets shorter month by month (line: median and 90th
 * percentile), and how many patients reach a recommended therapy by when they were tested and, for the network, by
 * referring hospital (bars, percent). Suppressed and empty cells are left out; the tables beside them say why.
 */
final class InsightCharts {

    private final Texts texts;
    private final Locale locale;

    InsightCharts(Texts texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    byte[] stages(Map<Stage, Distribution> stages) {
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        stages.forEach((stage, d) -> {
            if (d.shown()) {
                data.add(new BoxAndWhiskerItem(null, d.median(), d.q1(), d.q3(), d.min(), d.p90(), null, null, null),
                        texts.get("insight.chart.days"), texts.get(stage.messageKey()));
            }
        });
        JFreeChart chart = ChartStyle.styled(ChartFactory.createBoxAndWhiskerChart(texts.get("insight.chart.stages"),
                null, texts.get("insight.chart.daysAxis"), data, false));
        CategoryPlot plot = chart.getCategoryPlot();
        BoxAndWhiskerRenderer renderer = (BoxAndWhiskerRenderer) plot.getRenderer();
        renderer.setMeanVisible(false);
        renderer.setMaxOutlierVisible(false);
        renderer.setMinOutlierVisible(false);
        renderer.setMaximumBarWidth(0.12);
        renderer.setSeriesPaint(0, ChartStyle.RECOMMENDED);
        renderer.setWhiskerWidth(0.6);
        // stage names are long: read them on the left, days along the bottom
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        chart.addSubtitle(new TextTitle(texts.get("insight.chart.boxLegend")));
        return ChartStyle.png(chart);
    }

    byte[] monthly(InsightFigures figures) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        DateTimeFormatter month = DateTimeFormatter.ofPattern(texts.get("insight.chart.monthPattern"));
        for (InsightFigures.MonthlyTurnaround m : figures.monthly()) {
            String label = month.format(m.month());
            Distribution d = m.orderToExplanation();
            data.addValue(d.shown() ? d.median() : null, texts.get("insight.median"), label);
            data.addValue(d.shown() ? d.p90() : null, texts.get("insight.p90"), label);
        }
        JFreeChart chart = ChartStyle.styled(ChartFactory.createLineChart(texts.get("insight.chart.monthly"),
                texts.get("insight.chart.monthAxis"), texts.get("insight.chart.daysAxis"), data,
                PlotOrientation.VERTICAL, true, false, false));
        CategoryPlot plot = chart.getCategoryPlot();
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesPaint(0, ChartStyle.MEDIAN);
        renderer.setSeriesPaint(1, ChartStyle.P90);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] { 6f, 4f }, 0f));
        slanted(plot.getDomainAxis());
        return ChartStyle.png(chart);
    }

    byte[] accessByTiming(Map<TestingTiming, TreatmentAccess> access) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        access.forEach((timing, a) -> {
            if (a.shown()) {
                String label = texts.get(timing.messageKey()) + texts.get("insight.chart.cases", a.cases());
                data.addValue(a.recommendedPercent(), texts.get("insight.access.recommended"), label);
                data.addValue(a.givenPercent(), texts.get("insight.access.given"), label);
            }
        });
        return percentBars(texts.get("insight.chart.accessByTiming"), data, PlotOrientation.VERTICAL);
    }

    byte[] accessByHospital(InsightFigures figures) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (InsightFigures.HospitalAccess h : figures.accessByHospital()) {
            if (h.access().shown()) {
                String label = h.hospital().name(locale) + texts.get("insight.chart.cases", h.access().cases());
                data.addValue(h.access().recommendedPercent(), texts.get("insight.access.recommended"), label);
                data.addValue(h.access().givenPercent(), texts.get("insight.access.given"), label);
            }
        }
        return percentBars(texts.get("insight.chart.accessByHospital"), data, PlotOrientation.HORIZONTAL);
    }

    private byte[] percentBars(String title, DefaultCategoryDataset data, PlotOrientation orientation) {
        JFreeChart chart = ChartStyle.styled(ChartFactory.createBarChart(title, null,
                texts.get("insight.chart.percentAxis"), data, orientation, true, false, false));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        NumberAxis percent = (NumberAxis) plot.getRangeAxis();
        percent.setRange(0, 100);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, ChartStyle.RECOMMENDED);
        renderer.setSeriesPaint(1, ChartStyle.GIVEN);
        renderer.setMaximumBarWidth(0.1);
        renderer.setDefaultItemLabelGenerator(
                new StandardCategoryItemLabelGenerator("{2}%", new DecimalFormat("0.0")));
        renderer.setDefaultItemLabelsVisible(true);
        return ChartStyle.png(chart);
    }

    private static void slanted(CategoryAxis axis) {
        axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        axis.setMaximumCategoryLabelLines(2);
    }
}
