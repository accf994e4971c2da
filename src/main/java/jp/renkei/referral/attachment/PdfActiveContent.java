package jp.renkei.referral.attachment;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Finds what makes a PDF act rather than show: JavaScript ({@code /JS}, {@code /JavaScript}), launch actions
 * ({@code /Launch}) and embedded files ({@code /EmbeddedFile}, {@code /EmbeddedFiles}). Reads the names as a PDF
 * reader does — {@code #xx} escapes decoded ({@code /J#53} is {@code /JS}) — in the file itself and inside its
 * Flate-compressed object streams ({@code /Type /ObjStm}), which can hold whole dictionaries; page content and
 * images are not inflated. Inflating stops at a budget, so a compression bomb cannot exhaust memory; an object
 * stream that exceeds it is treated as active.
 */
final class PdfActiveContent {

    private static final Set<String> ACTIVE_NAMES = Set.of("JS", "JavaScript", "Launch", "EmbeddedFile",
            "EmbeddedFiles");
    private static final String OBJECT_STREAM = "ObjStm";
    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    /** Decompressed object-stream bytes inspected per file at most: a few times the largest attachment. */
    private static final long INFLATE_BUDGET = 4 * AttachmentInspector.MAX_BYTES;
    private static final String DELIMITERS = "()<>[]{}/%";

    private long inflated;

    private PdfActiveContent() {
    }

    /** The first active name found, e.g. {@code "JavaScript"}. */
    static Optional<String> in(byte[] pdf) {
        return new PdfActiveContent().scan(pdf, true);
    }

    private Optional<String> scan(byte[] bytes, boolean lookIntoStreams) {
        boolean objectStream = false; // the dictionary before the next stream said /Type /ObjStm
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '/') {
                String name = nameAt(bytes, i + 1);
                if (ACTIVE_NAMES.contains(name)) {
                    return Optional.of(name);
                }
                objectStream |= OBJECT_STREAM.equals(name);
            } else if (lookIntoStreams && startsWith(bytes, i, STREAM)) {
                Optional<String> inside = objectStream ? inflatedStreamAt(bytes, i + STREAM.length) : Optional.empty();
                if (inside.isPresent()) {
                    return inside;
                }
                objectStream = false;
            }
        }
        return Optional.empty();
    }

    private static String nameAt(byte[] bytes, int start) {
        StringBuilder name = new StringBuilder();
        for (int i = start; i < bytes.length && !delimiter(bytes[i]); i++) {
            if (bytes[i] == '#' && i + 2 < bytes.length && hex(bytes[i + 1]) && hex(bytes[i + 2])) {
                name.append((char) Integer.parseInt(new String(bytes, i + 1, 2, StandardCharsets.US_ASCII), 16));
                i += 2;
            } else {
                name.append((char) (bytes[i] & 0xFF));
            }
        }
        return name.toString();
    }

    /** The stream's data starts after an end-of-line; streams that are not Flate data are skipped. */
    private Optional<String> inflatedStreamAt(byte[] bytes, int afterKeyword) {
        int start = afterKeyword;
        if (start < bytes.length && bytes[start] == '\r') {
            start++;
        }
        if (start >= bytes.length || bytes[start] != '\n') {
            return Optional.empty();
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes, start + 1, bytes.length - start - 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished() && !inflater.needsInput()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsDictionary() || inflater.needsInput())) {
                    break;
                }
                inflated += n;
                if (inflated > INFLATE_BUDGET) {
                    return Optional.of("FlateDecode");
                }
                out.write(buffer, 0, n);
            }
            return scan(out.toByteArray(), false);
        } catch (DataFormatException notFlate) {
            return Optional.empty();
        } finally {
            inflater.end();
        }
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at + prefix.length > bytes.length || (at > 0 && !Character.isWhitespace(bytes[at - 1])
                && bytes[at - 1] != '>')) {
            return false;
        }
        for (int j = 0; j < prefix.length; j++) {
            if (bytes[at + j] != prefix[j]) {
                return false;
            }
        }
        return true;
    }

    private static boolean delimiter(byte b) {
        return Character.isWhitespace(b) || b == 0 || DELIMITERS.indexOf(b) >= 0;
    }

    private static boolean hex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
