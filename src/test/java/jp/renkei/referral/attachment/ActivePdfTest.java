package jp.renkei.referral.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.Deflater;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.renkei.referral.attachment.AttachmentRejected.Reason;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;

/** PDFs that would act when opened are refused with a message saying why; ordinary ones pass. */
class ActivePdfTest {

    private final AttachmentInspector inspector = new AttachmentInspector();

    @ParameterizedTest
    @ValueSource(strings = {
            "/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>",
            "/AA << /O << /JS 6 0 R >> >>",
            "/OpenAction << /S /Launch /F (cmd.exe) >>",
            "/Names << /EmbeddedFiles << /Names [(invoice.exe) 6 0 R] >> >>",
            "/OpenAction << /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>" })
    void pdfsWithScriptsLaunchActionsOrEmbeddedFilesAreRefused(String catalogEntry) {
        byte[] pdf = pdf(catalogEntry.getBytes(StandardCharsets.ISO_8859_1), new byte[0]);

        assertThatThrownBy(() -> inspector.inspect("letter.pdf", pdf))
                .isInstanceOfSatisfying(AttachmentRejected.class, rejected -> {
                    assertThat(rejected.reason()).isEqualTo(Reason.ACTIVE_CONTENT);
                    assertThat(shown(rejected, Locale.JAPANESE)).contains("JavaScript").contains("埋め込みファイル");
                    assertThat(shown(rejected, Locale.ENGLISH)).startsWith("This PDF contains content that acts");
                });
    }

    @Test
    void anEmbeddedFileStreamIsRefused() {
        byte[] file = "6 0 obj\n<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream\nendobj\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> inspector.inspect("letter.pdf", pdf(new byte[0], file)))
                .isInstanceOfSatisfying(AttachmentRejected.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(Reason.ACTIVE_CONTENT));
    }

    @Test
    void javaScriptHiddenInACompressedObjectStreamIsFound() {
        byte[] hidden = deflate("7 0 << /S /JavaScript /JS (app.alert\\(1\\)) >>");
        ByteArrayOutputStream objectStream = new ByteArrayOutputStream();
        objectStream.writeBytes(("6 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length "
                + hidden.length + " >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
        objectStream.writeBytes(hidden);
        objectStream.writeBytes("\nendstream\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> inspector.inspect("letter.pdf", pdf(new byte[0], objectStream.toByteArray())))
                .isInstanceOfSatisfying(AttachmentRejected.class, rejected -> {
                    assertThat(rejected.reason()).isEqualTo(Reason.ACTIVE_CONTENT);
                    assertThat(rejected.messageArguments()).containsExactly("JavaScript");
                });
    }

    @Test
    void anOrdinaryPdfMentioningTheseWordsInItsTextIsAccepted() {
        byte[] text = "6 0 obj\n<< /Length 60 >>\nstream\nBT (JavaScript Launch EmbeddedFile JSON) Tj ET\nendstream\nendobj\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] pdf = pdf("/PageMode /UseOutlines /JSONish true".getBytes(StandardCharsets.ISO_8859_1), text);

        assertThat(inspector.inspect("letter.pdf", pdf).type()).isEqualTo(AttachmentType.PDF);
    }

    /** A small PDF whose catalog carries {@code catalogEntries}, with {@code extraObjects} before the trailer. */
    private static byte[] pdf(byte[] catalogEntries, byte[] extraObjects) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R ".getBytes(StandardCharsets.ISO_8859_1));
        pdf.writeBytes(catalogEntries);
        pdf.writeBytes((" >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        pdf.writeBytes(extraObjects);
        pdf.writeBytes("trailer\n<< /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        return pdf.toByteArray();
    }

    private static byte[] deflate(String text) {
        Deflater deflater = new Deflater();
        deflater.setInput(text.getBytes(StandardCharsets.ISO_8859_1));
        deflater.finish();
        byte[] buffer = new byte[1024];
        int length = deflater.deflate(buffer);
        deflater.end();
        return java.util.Arrays.copyOf(buffer, length);
    }

    private static String shown(AttachmentRejected rejected, Locale locale) {
        return new MessageBundleI18NProvider().getTranslation(rejected.messageKey(), locale,
                rejected.messageArguments());
    }
}
