package jp.renkei.ccat.consent;

import java.time.Instant;
import java.util.Objects;

import jp.renkei.shared.UserId;

/** One decision of the patient for one scope, under one document version, as recorded by a staff member. */
public record ConsentEvent(ConsentScope scope, ConsentDecision decision, ConsentDocumentVersion document,
        UserId recordedBy, Instant at) {

    public ConsentEvent {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(at, "at");
    }
}
