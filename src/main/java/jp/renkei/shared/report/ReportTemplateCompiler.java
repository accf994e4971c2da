package jp.renkei.shared.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build-time step: compiles every {@code *.jrxml} in a directory into {@code *.jasper},
 * so the application never compiles templates at request time.
 */
public final class ReportTemplateCompiler {

    private ReportTemplateCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: ReportTemplateCompiler <jrxml source dir> <jasper output dir>");
        }
        Path sourceDir = Path.of(args[0]);
        Path targetDir = Path.of(args[1]);
        if (!Files.isDirectory(sourceDir)) {
            throw new IllegalArgumentException("Report template directory does not exist: " + sourceDir.toAbsolutePath());
        }
        Files.createDirectories(targetDir);

        List<Path> templates;
        try (Stream<Path> files = Files.list(sourceDir)) {
            templates = files.filter(p -> p.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path template : templates) {
            String baseName = template.getFileName().toString().replaceFirst("\\.jrxml$", "");
            Path compiled = targetDir.resolve(baseName + ".jasper");
            try {
                JasperCompileManager.compileReportToFile(template.toString(), compiled.toString());
            } catch (JRException e) {
                throw new IllegalStateException("Report template " + template + " does not compile: " + e.getMessage(), e);
            }
        }
        System.out.println("Compiled " + templates.size() + " report template(s) into " + targetDir);
    }
}
