package jp.renkei.shared.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRSection;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import org.springframework.stereotype.Component;

/**
 * Fills the templates precompiled at build time ({@code classpath:reports/<name>.jasper})
 * and exports them as PDF.
 */
@Component
public class ReportRenderer {

    private static final Pattern TEMPLATE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private final Map<String, JasperReport> templates = new ConcurrentHashMap<>();

    public byte[] renderPdf(String templateName, Map<String, ?> parameters, List<? extends Map<String, ?>> rows) {
        return renderPdf(templateName, parameters, rows, null);
    }

    public byte[] renderPdf(String templateName, Map<String, ?> parameters, List<? extends Map<String, ?>> rows,
            Locale locale) {
        JasperReport report = template(templateName);
        // JasperReports writes built-in parameters into the map, so it has to be a mutable copy
        Map<String, Object> fillParameters = parameters == null ? new HashMap<>() : new HashMap<>(parameters);
        if (locale != null) {
            fillParameters.put(JRParameter.REPORT_LOCALE, locale);
        }
        try {
            JasperPrint print = JasperFillManager.fillReport(report, fillParameters, dataSource(report, rows));
            return JasperExportManager.exportReportToPdf(print);
        } catch (JRException | RuntimeException e) {
            throw new ReportRenderingException("Could not render report '" + templateName + "' as PDF", e);
        }
    }

    private JasperReport template(String templateName) {
        if (templateName == null || !TEMPLATE_NAME.matcher(templateName).matches()) {
            throw new IllegalArgumentException("Invalid report template name: " + templateName);
        }
        return templates.computeIfAbsent(templateName, ReportRenderer::load);
    }

    private static JasperReport load(String templateName) {
        String resource = "reports/" + templateName + ".jasper";
        try (InputStream in = ReportRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ReportRenderingException("Compiled report template not found on the classpath: " + resource
                        + " (templates are compiled from reports/*.jrxml during the process-classes phase)");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException | JRException e) {
            throw new ReportRenderingException("Could not load compiled report template " + resource, e);
        }
    }

    private static JRDataSource dataSource(JasperReport report, List<? extends Map<String, ?>> rows) {
        if ((rows == null || rows.isEmpty()) && !hasDetail(report)) {
            // a parameters-only template still needs one record, or nothing at all is printed
            return new JREmptyDataSource(1);
        }
        return new JRMapCollectionDataSource(rows == null ? List.of() : List.<Map<String, ?>>copyOf(rows));
    }

    private static boolean hasDetail(JasperReport report) {
        JRSection detail = report.getDetailSection();
        return detail != null && detail.getBands() != null
                && Arrays.stream(detail.getBands()).anyMatch(band -> band != null && band.getHeight() > 0);
    }
}
