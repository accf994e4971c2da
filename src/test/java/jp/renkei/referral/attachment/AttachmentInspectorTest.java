package jp.renkei.referral.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import jp.renkei.referral.attachment.AttachmentRejected.Reason;

class AttachmentInspectorTest {

    private static final byte[] PDF = minimalPdf();
    private static final byte[] PNG = image("png", BufferedImage.TYPE_INT_ARGB);
    private static final byte[] JPEG = image("jpeg", BufferedImage.TYPE_INT_RGB);

    private final AttachmentInspector inspector = new AttachmentInspector();

    @Nested
    class AcceptedByContent {

        @Test
        void pdf() {
            InspectedFile file = inspector.inspect("診療情報提供書.pdf", PDF);

            assertThat(file.type()).isEqualTo(AttachmentType.PDF);
            assertThat(file.mimeType()).isEqualTo("application/pdf");
            assertThat(file.size()).isEqualTo(PDF.length);
            assertThat(file.fileName()).isEqualTo("診療情報提供書.pdf");
        }

        @Test
        void png() {
            InspectedFile file = inspector.inspect("CT画像.png", PNG);

            assertThat(file.type()).isEqualTo(AttachmentType.PNG);
            assertThat(file.mimeType()).isEqualTo("image/png");
            assertThat(file.size()).isEqualTo(PNG.length);
        }

        @Test
        void jpeg() {
            InspectedFile file = inspector.inspect("病理標本.jpg", JPEG);

            assertThat(file.type()).isEqualTo(AttachmentType.JPEG);
            assertThat(file.mimeType()).isEqualTo("image/jpeg");
            assertThat(file.type().extension()).isEqualTo("jpg");
        }

        @ParameterizedTest
        @ValueSource(strings = { "scan.jpeg", "scan.JPG", "scan.JPEG", "scan.jpe" })
        void jpegUnderAnyOfItsUsualExtensionsInAnyCase(String name) {
            assertThat(inspector.inspect(name, JPEG).fileName()).isEqualTo(name);
        }

        @Test
        void upperCaseExtensionIsKeptAsWritten() {
            assertThat(inspector.inspect("REPORT.PDF", PDF).fileName()).isEqualTo("REPORT.PDF");
        }

        @Test
        void exactlyTheLimit() {
            byte[] content = paddedPdf(AttachmentInspector.MAX_BYTES);

            assertThat(inspector.inspect("big.pdf", content).size()).isEqualTo(AttachmentInspector.MAX_BYTES);
        }

        @Test
        void pdfWithTrailingBytesAfterEofMarker() {
            byte[] content = concat(PDF, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

            assertThat(inspector.inspect("letter.pdf", content).type()).isEqualTo(AttachmentType.PDF);
        }
    }

    @Nested
    class Rejected {

        @ParameterizedTest
        @NullAndEmptySource
        void emptyContent(byte[] content) {
            assertRejected("letter.pdf", content, Reason.EMPTY, "attachment.error.empty");
        }

        @Test
        void oneByteOverTheLimit() {
            byte[] content = paddedPdf(AttachmentInspector.MAX_BYTES + 1);

            assertThatThrownBy(() -> inspector.inspect("big.pdf", content))
                    .isInstanceOfSatisfying(AttachmentRejected.class, rejected -> {
                        assertThat(rejected.reason()).isEqualTo(Reason.TOO_LARGE);
                        assertThat(rejected.messageKey()).isEqualTo("attachment.error.tooLarge");
                        assertThat(rejected.messageArguments()).containsExactly(20L);
                    });
        }

        @Test
        void zipNamedLikeAPdf() {
            byte[] zip = concat(new byte[] { 'P', 'K', 3, 4 }, new byte[60]);

            assertRejected("report.pdf", zip, Reason.UNSUPPORTED_TYPE, "attachment.error.unsupportedType");
        }

        @Test
        void windowsExecutableRenamedToPdf() {
            byte[] exe = concat("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), new byte[60],
                    "%%EOF".getBytes(StandardCharsets.US_ASCII));

            assertRejected("report.pdf", exe, Reason.UNSUPPORTED_TYPE, "attachment.error.unsupportedType");
        }

        @Test
        void plainTextOrHtmlDeclaredAsAnything() {
            byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

            assertRejected("scan.png", html, Reason.UNSUPPORTED_TYPE, "attachment.error.unsupportedType");
            assertRejected("letter.pdf", " %PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII),
                    Reason.UNSUPPORTED_TYPE, "attachment.error.unsupportedType");
        }

        @Test
        void pngNamedLikeAPdf() {
            assertRejected("scan.pdf", PNG, Reason.EXTENSION_MISMATCH, "attachment.error.extensionMismatch");
        }

        @Test
        void pdfNamedLikeAnExecutable() {
            assertRejected("letter.exe", PDF, Reason.EXTENSION_MISMATCH, "attachment.error.extensionMismatch");
        }

        @Test
        void jpegNamedLikeAPng() {
            assertRejected("photo.png", JPEG, Reason.EXTENSION_MISMATCH, "attachment.error.extensionMismatch");
        }

        @Test
        void truncatedPdfWithoutEofMarker() {
            byte[] truncated = Arrays.copyOf(PDF, PDF.length / 2);

            assertRejected("letter.pdf", truncated, Reason.CORRUPT, "attachment.error.corrupt");
        }

        @Test
        void pdfWhoseEofMarkerIsFarFromTheEnd() {
            byte[] content = concat(PDF, new byte[4096]);

            assertRejected("letter.pdf", content, Reason.CORRUPT, "attachment.error.corrupt");
        }

        private void assertRejected(String name, byte[] content, Reason reason, String messageKey) {
            assertThatThrownBy(() -> inspector.inspect(name, content))
                    .isInstanceOfSatisfying(AttachmentRejected.class, rejected -> {
                        assertThat(rejected.reason()).isEqualTo(reason);
                        assertThat(rejected.messageKey()).isEqualTo(messageKey);
                        assertThat(rejected.getMessage()).isEqualTo(messageKey);
                    });
        }
    }

    @Nested
    class Checksum {

        @Test
        void isTheSha256OfTheContentInLowercaseHex() {
            byte[] content = "%PDF-1.0\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

            // printf '%%PDF-1.0\n%%%%EOF\n' | sha256sum
            assertThat(inspector.inspect("a.pdf", content).sha256Hex())
                    .isEqualTo("3da1485708bd35d8dc97c8f20a555bd475d019710f9b488adcbd4288b28a646d");
        }

        @Test
        void matchesMessageDigestForImages() throws Exception {
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(JPEG));

            assertThat(inspector.inspect("x.jpg", JPEG).sha256Hex()).isEqualTo(expected).hasSize(64);
        }

        @Test
        void changesWithASingleByte() {
            byte[] other = PNG.clone();
            other[other.length - 1] ^= 1;

            assertThat(inspector.inspect("a.png", PNG).sha256Hex())
                    .isNotEqualTo(inspector.inspect("a.png", other).sha256Hex());
        }
    }

    @Nested
    class FileName {

        @Test
        void japaneseNamesAreKept() {
            assertThat(inspector.inspect("紹介状_山田　花子様（がんゲノム外来）.pdf", PDF).fileName())
                    .isEqualTo("紹介状_山田　花子様（がんゲノム外来）.pdf");
        }

        @Test
        void decomposedJapaneseFromMacOsIsComposed() {
            String decomposed = Normalizer.normalize("病理ガラス標本.jpg", Normalizer.Form.NFD);
            assertThat(decomposed).isNotEqualTo("病理ガラス標本.jpg");

            assertThat(inspector.inspect(decomposed, JPEG).fileName()).isEqualTo("病理ガラス標本.jpg");
        }

        @ParameterizedTest
        @ValueSource(strings = { "../../etc/passwd.pdf", "/etc/passwd.pdf", "..\\..\\windows\\passwd.pdf",
                "C:\\Users\\医師\\Desktop\\passwd.pdf", "..../passwd.pdf" })
        void pathsAreStripped(String name) {
            assertThat(inspector.inspect(name, PDF).fileName()).isEqualTo("passwd.pdf");
        }

        @Test
        void controlAndBidiCharactersAreRemoved() {
            assertThat(inspector.inspect("report\u0000\r\n\t\u007f.pdf", PDF).fileName()).isEqualTo("report.pdf");
            // a right-to-left override makes "scan\u202Egpj.png" display as "scangnp.jpg"
            assertThat(inspector.inspect("scan\u202Egpj.png", PNG).fileName()).isEqualTo("scangpj.png");
        }

        @Test
        void charactersReservedOnWindowsAreReplaced() {
            assertThat(inspector.inspect("a<b>c:d\"e|f?g*h.pdf", PDF).fileName()).isEqualTo("a_b_c_d_e_f_g_h.pdf");
        }

        @Test
        void leadingDotsAndTrailingDotsOrSpacesAreRemoved() {
            assertThat(inspector.inspect("...hidden.pdf", PDF).fileName()).isEqualTo("hidden.pdf");
            assertThat(inspector.inspect("  report.pdf .  ", PDF).fileName()).isEqualTo("report.pdf");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = { "   ", "../", "..", ".pdf", "\u0000\u0001", "/", "C:\\" })
        void fallsBackToAttachmentWithTheDetectedExtension(String name) {
            assertThat(inspector.inspect(name, PDF).fileName()).isEqualTo("attachment.pdf");
        }

        @Test
        void fallbackUsesTheDetectedTypesExtension() {
            assertThat(inspector.inspect(null, PNG).fileName()).isEqualTo("attachment.png");
            assertThat(inspector.inspect("", JPEG).fileName()).isEqualTo("attachment.jpg");
        }

        @Test
        void aNameWithoutExtensionGetsTheDetectedOne() {
            assertThat(inspector.inspect("スキャン", PNG).fileName()).isEqualTo("スキャン.png");
            assertThat(inspector.inspect("検査結果 v1.2", JPEG).fileName()).isEqualTo("検査結果 v1.2.jpg");
        }

        @Test
        void longNamesAreCutTo200CharactersKeepingTheExtension() {
            String name = "あ".repeat(300) + ".pdf";

            String fileName = inspector.inspect(name, PDF).fileName();

            assertThat(fileName).hasSize(AttachmentInspector.MAX_FILE_NAME_LENGTH).endsWith("あ.pdf");
        }

        @Test
        void cuttingNeverSplitsASurrogatePair() {
            // U+20BB7 𠮷 (吉 variant common in Japanese surnames) is two UTF-16 chars
            String name = "a" + "𠮷".repeat(150) + ".png";

            String fileName = inspector.inspect(name, PNG).fileName();

            assertThat(fileName.length()).isLessThanOrEqualTo(AttachmentInspector.MAX_FILE_NAME_LENGTH);
            assertThat(fileName).endsWith("𠮷.png");
            assertThat(fileName.codePoints().noneMatch(cp -> Character.getType(cp) == Character.SURROGATE)).isTrue();
        }
    }

    // --- fixtures ---------------------------------------------------------------------------------------

    /** A one-page PDF with a correct cross-reference table. */
    private static byte[] minimalPdf() {
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                null, // content stream, below
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" };
        String stream = "BT /F1 12 Tf 72 770 Td (Referral letter) Tj ET";
        objects[3] = "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream";

        StringBuilder pdf = new StringBuilder("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append("%010d 00000 n \n".formatted(offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A 1×1 image written by ImageIO in the given format. */
    private static byte[] image(String format, int imageType) {
        BufferedImage image = new BufferedImage(1, 1, imageType);
        image.setRGB(0, 0, new Color(200, 30, 60).getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PDF of exactly {@code size} bytes: the minimal PDF's body, zero padding, then the EOF marker. */
    private static byte[] paddedPdf(long size) {
        byte[] content = new byte[Math.toIntExact(size)];
        byte[] eof = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(PDF, 0, content, 0, PDF.length - eof.length);
        System.arraycopy(eof, 0, content, content.length - eof.length, eof.length);
        return content;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
