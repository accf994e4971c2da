package jp.renkei.ccat.consent;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One version of a consent form (同意書), fixed once issued: the hash of its text shows later that the patient
 * signed exactly this wording. A revised form is a new version with its own effective date.
 *
 * @param formId        the form's identifier, the same across its versions
 * @param effectiveFrom the first day (Japan time) consents may be taken under this version
 * @param sha256        the SHA-256 of the form's text (UTF-8), 64 lower-case hex digits
 */
public record ConsentDocumentVersion(String formId, String version, String title, LocalDate effectiveFrom,
        String sha256) {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    public ConsentDocumentVersion {
        requireText(formId, "formId");
        requireText(version, "version");
        requireText(title, "title");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (sha256 == null || !SHA_256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits: " + sha256);
        }
    }

    /** The version of a form whose text is {@code text}, hashed here so no caller can get the hash wrong. */
    public static ConsentDocumentVersion of(String formId, String version, String title, LocalDate effectiveFrom,
            String text) {
        return new ConsentDocumentVersion(formId, version, title, effectiveFrom, sha256Of(text));
    }

    public boolean isEffectiveOn(LocalDate day) {
        return !day.isBefore(effectiveFrom);
    }

    static String sha256Of(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
