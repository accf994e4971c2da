package jp.renkei.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Text of a PDF as poppler's pdftotext reads it: what a clinician could copy out of the document. */
final class PdfText {

    private PdfText() {
    }

    static String extract(Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true)
                .start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pdftotext failed (apt-get install poppler-utils): " + text);
        }
        return text;
    }
}
