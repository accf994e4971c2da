package jp.renkei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PDF as poppler reads it: the text a clinician could copy out of it ({@code pdftotext -layout}) and the
 * fonts it carries ({@code pdffonts}). Without poppler-utils the calling test fails; it is never skipped.
 */
public final class PdfInspection {

    private static final long TIMEOUT_SECONDS = 30;

    private PdfInspection() {
    }

    /** Writes {@code pdf} to {@code file}, creating its folder, after checking it starts as a PDF does. */
    public static Path save(byte[] pdf, Path file) {
        assertThat(new String(pdf, 0, Math.min(5, pdf.length), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            return Files.write(file, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** The text of every page, laid out as printed; pages are separated by form feeds. */
    public static String text(Path pdf) {
        return run("pdftotext", "-layout", pdf.toString(), "-");
    }

    /** The {@code pdffonts} table: two header lines, then one font a line. */
    public static String fonts(Path pdf) {
        return run("pdffonts", pdf.toString());
    }

    /** pdffonts must list IPAexGothic with Identity-H encoding and {@code emb = yes}. */
    public static void assertJapaneseFontEmbedded(Path pdf) {
        String fonts = fonts(pdf);
        assertThat(fonts.lines().skip(2))
                .as("pdffonts must list IPAexGothic as Identity-H with emb = yes:%n%s", fonts)
                .anyMatch(line -> line.contains("IPAexGothic") && embeddedIdentityH(line));
    }

    // pdffonts columns: name type encoding emb sub uni object-id
    private static boolean embeddedIdentityH(String pdffontsLine) {
        List<String> columns = List.of(pdffontsLine.trim().split("\\s+"));
        int encoding = columns.indexOf("Identity-H");
        return encoding >= 0 && encoding + 1 < columns.size() && columns.get(encoding + 1).equals("yes");
    }

    private static String run(String... command) {
        if (!onPath(command[0])) {
            fail(command[0] + " not found on PATH: install poppler-utils (apt-get install poppler-utils) to run this test");
        }
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s:%n%s".formatted(output));
            }
            if (process.exitValue() != 0) {
                fail(String.join(" ", command) + " failed:%n%s".formatted(output));
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", command) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(String.join(" ", command) + " was interrupted", e);
        }
    }

    private static boolean onPath(String executable) {
        return Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, executable)));
    }
}
