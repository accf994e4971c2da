package jp.renkei.insight.ui;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.renderer.category.StandardBarPainter;

/**
 * One look for every chart: the bundled IPAex Gothic (the JVM's default fonts have no Japanese glyphs on a server),
 * white background, drawn at twice the size so the PNG stays sharp on high-density screens.
 */
final class ChartStyle {

    static final int WIDTH = 720;
    static final int HEIGHT = 360;
    static final Color RECOMMENDED = new Color(0x4A, 0x90, 0xD9);
    static final Color GIVEN = new Color(0x1F, 0x6F, 0x43);
    static final Color MEDIAN = new Color(0x1F, 0x5A, 0xA6);
    static final Color P90 = new Color(0xD9, 0x7B, 0x29);
    private static final Font JAPANESE = load();

    private ChartStyle() {
    }

    /** Fonts and colours of the house; call before setting series colours, which the theme would reset. */
    static JFreeChart styled(JFreeChart chart) {
        theme().apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        return chart;
    }

    static byte[] png(JFreeChart chart) {
        BufferedImage image = new BufferedImage(WIDTH * 2, HEIGHT * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(2, 2);
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        g.dispose();
        try {
            return ChartUtils.encodeAsPNG(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("renkei");
        theme.setExtraLargeFont(JAPANESE.deriveFont(Font.BOLD, 16f));
        theme.setLargeFont(JAPANESE.deriveFont(13f));
        theme.setRegularFont(JAPANESE.deriveFont(12f));
        theme.setSmallFont(JAPANESE.deriveFont(11f));
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        theme.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        return theme;
    }

    private static Font load() {
        try (InputStream in = ChartStyle.class.getResourceAsStream("/fonts/ipaexg.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("bundled Japanese font fonts/ipaexg.ttf unreadable", e);
        }
    }
}
