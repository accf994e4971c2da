package jp.renkei.referral.attachment;

import java.util.Objects;

/**
 * An attachment that passed {@link AttachmentInspector}: a safe file name to store and offer for download,
 * the type its content proved to be, its size in bytes and the SHA-256 of its content (64 lowercase hex digits).
 */
public record InspectedFile(String fileName, AttachmentType type, long size, String sha256Hex) {

    public InspectedFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sha256Hex, "sha256Hex");
    }

    /** The MIME type to store and serve; derived from the content, never from the upload's claim. */
    public String mimeType() {
        return type.mimeType();
    }
}
