package jp.renkei.referral.attachment;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The file kinds a referral may carry, recognised by their leading bytes (magic numbers). */
public enum AttachmentType {

    PDF("application/pdf", "pdf", Set.of("pdf"), new byte[] { '%', 'P', 'D', 'F', '-' }),
    PNG("image/png", "png", Set.of("png"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }),
    JPEG("image/jpeg", "jpg", Set.of("jpg", "jpeg", "jpe"), new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

    private final String mimeType;
    private final String extension;
    private final Set<String> acceptedExtensions;
    private final byte[] magic;

    AttachmentType(String mimeType, String extension, Set<String> acceptedExtensions, byte[] magic) {
        this.mimeType = mimeType;
        this.extension = extension;
        this.acceptedExtensions = acceptedExtensions;
        this.magic = magic;
    }

    /** The MIME type to store and to send back as {@code Content-Type}; never the browser's claim. */
    public String mimeType() {
        return mimeType;
    }

    /** The canonical file-name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether a file name ending in {@code .extension} may hold this type (case-insensitive, no dot). */
    public boolean acceptsExtension(String extension) {
        return extension != null && acceptedExtensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    /** The type the content's leading bytes identify, if it is one of the accepted ones. */
    public static Optional<AttachmentType> detect(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        for (AttachmentType type : values()) {
            if (startsWith(content, type.magic)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
