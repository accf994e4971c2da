package jp.renkei.referral.attachment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Optional;

import jp.renkei.referral.attachment.AttachmentRejected.Reason;

/**
 * Checks a referral attachment (診療情報提供書, pathology report, images) before it is stored: not empty, at
 * most {@link #MAX_BYTES}, and by its <em>content</em> a PDF, PNG or JPEG whose file-name extension (if any)
 * agrees, and a PDF without JavaScript, launch actions or embedded files ({@link PdfActiveContent}). The
 * browser's declared MIME type is never consulted. Returns a file name safe to store and to put
 * in a {@code Content-Disposition} header, and the SHA-256 checksum of the content.
 */
public final class AttachmentInspector {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** Longest stored file name, in UTF-16 chars (so also at most this many code points). */
    public static final int MAX_FILE_NAME_LENGTH = 200;

    /** Base name used when nothing usable is left of the uploaded name. */
    static final String FALLBACK_BASE_NAME = "attachment";

    /** PDF readers accept the end-of-file marker within the last 1024 bytes (ISO 32000 implementation note). */
    private static final int PDF_EOF_WINDOW = 1024;
    private static final byte[] PDF_EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    /** An extension is 1–10 ASCII letters/digits with at least one letter; "v1.2" has none. */
    private static final int MAX_EXTENSION_LENGTH = 10;

    public InspectedFile inspect(String originalFileName, byte[] content) throws AttachmentRejected {
        if (content == null || content.length == 0) {
            throw new AttachmentRejected(Reason.EMPTY);
        }
        if (content.length > MAX_BYTES) {
            throw new AttachmentRejected(Reason.TOO_LARGE, MAX_BYTES / (1024 * 1024));
        }
        AttachmentType type = AttachmentType.detect(content)
                .orElseThrow(() -> new AttachmentRejected(Reason.UNSUPPORTED_TYPE));
        if (type == AttachmentType.PDF && !endsWithEofMarker(content)) {
            throw new AttachmentRejected(Reason.CORRUPT);
        }
        if (type == AttachmentType.PDF) {
            PdfActiveContent.in(content).ifPresent(name -> {
                throw new AttachmentRejected(Reason.ACTIVE_CONTENT, name);
            });
        }
        String fileName = safeFileName(originalFileName, type);
        return new InspectedFile(fileName, type, content.length, sha256Hex(content));
    }

    // --- file name --------------------------------------------------------------------------------------

    private static String safeFileName(String originalFileName, AttachmentType type) {
        String name = cleaned(originalFileName);
        String base = name;
        Optional<String> extension = extensionOf(name);
        if (extension.isPresent()) {
            if (!type.acceptsExtension(extension.get())) {
                throw new AttachmentRejected(Reason.EXTENSION_MISMATCH);
            }
            base = name.substring(0, name.length() - extension.get().length() - 1);
        }
        base = trimDotsAndSpaces(base);
        String suffix = "." + extension.orElse(type.extension());
        if (base.isEmpty()) {
            base = FALLBACK_BASE_NAME;
        }
        return truncate(base, MAX_FILE_NAME_LENGTH - suffix.length()) + suffix;
    }

    /** NFC (macOS uploads Japanese decomposed), last path segment, no control/format characters or reserved ones. */
    private static String cleaned(String originalFileName) {
        if (originalFileName == null) {
            return "";
        }
        String name = Normalizer.normalize(originalFileName, Normalizer.Form.NFC);
        int lastSeparator = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(lastSeparator + 1);
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            int category = Character.getType(cp);
            if (category == Character.CONTROL || category == Character.FORMAT || category == Character.SURROGATE
                    || category == Character.PRIVATE_USE || category == Character.UNASSIGNED
                    || category == Character.LINE_SEPARATOR || category == Character.PARAGRAPH_SEPARATOR) {
                return; // includes NUL, CR/LF, TAB, DEL, C1 controls and bidi overrides such as U+202E
            }
            if ("<>:\"|?*".indexOf(cp) >= 0) {
                out.append('_'); // reserved on Windows, and : or " would break Content-Disposition naïvely
            } else if (Character.isSpaceChar(cp)) {
                out.append(cp == '\u3000' ? '\u3000' : ' '); // keep the ideographic space, normalise the others
            } else {
                out.appendCodePoint(cp);
            }
        });
        // trailing dots and spaces vanish on Windows ("report.pdf." is "report.pdf"); leading dots stay for now
        return stripTrailingDotsAndSpaces(out.toString().strip());
    }

    private static Optional<String> extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            return Optional.empty();
        }
        String candidate = name.substring(dot + 1);
        if (candidate.length() > MAX_EXTENSION_LENGTH
                || !candidate.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))
                || candidate.chars().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    /** Leading dots would hide the file or climb directories; trailing dots and spaces vanish on Windows. */
    private static String trimDotsAndSpaces(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && isDotOrSpace(name.charAt(start))) {
            start++;
        }
        while (end > start && isDotOrSpace(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(start, end);
    }

    private static String stripTrailingDotsAndSpaces(String name) {
        int end = name.length();
        while (end > 0 && isDotOrSpace(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end);
    }

    private static boolean isDotOrSpace(char c) {
        return c == '.' || c == ' ' || c == '\u3000';
    }

    private static String truncate(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars;
        if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split a surrogate pair
        }
        String truncated = trimDotsAndSpaces(text.substring(0, end));
        return truncated.isEmpty() ? FALLBACK_BASE_NAME : truncated;
    }

    // --- content ----------------------------------------------------------------------------------------

    private static boolean endsWithEofMarker(byte[] content) {
        int from = Math.max(0, content.length - PDF_EOF_WINDOW);
        outer:
        for (int i = content.length - PDF_EOF.length; i >= from; i--) {
            for (int j = 0; j < PDF_EOF.length; j++) {
                if (content[i + j] != PDF_EOF[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must support SHA-256", e);
        }
    }
}
