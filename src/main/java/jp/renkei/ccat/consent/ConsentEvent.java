package jp.renkei.ccat.consent;

import java.time.Instant;
import java.util.Objects;

import jp.renkei.shared.UserId;

/**
 * One decision of the patient for one scope, under one document version, as recorded by a staff member. It takes
 * effect at the instant it is recorded: consent counts only once it is in the record, a withdrawal at once.
 */
public record ConsentEvent(ConsentScope scope, ConsentDecision decision, ConsentDocumentVersion document,
        UserId recordedBy, Instant recordedAt) {

    public ConsentEvent {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
