package jp.renkei.expertpanel;

import java.time.Instant;
import java.time.LocalDate;

/** A file on a panel case as the list shows it (its content is fetched only on download). */
public record CaseAttachment(long id, CaseAttachmentKind kind, String fileName, long sizeBytes, LocalDate receivedOn,
        String uploadedBy, Instant uploadedAt) {
}
