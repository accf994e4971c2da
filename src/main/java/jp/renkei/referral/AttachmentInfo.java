package jp.renkei.referral;

import java.time.Instant;

/** An attachment's description; the content is only handed out by {@link ReferralService#download}. */
public record AttachmentInfo(long id, String fileName, String contentType, long sizeBytes, String sha256,
        Instant uploadedAt, String uploadedBy) {
}
