package jp.renkei.ccat;

import java.time.Instant;
import java.time.LocalDate;

import jp.renkei.ccat.consent.ConsentDecision;
import jp.renkei.ccat.consent.ConsentScope;

/** One recorded consent decision as the test page lists it, with the form version it was made under. */
public record ConsentEntry(ConsentScope scope, ConsentDecision decision, ConsentDocumentChoice document,
        LocalDate decidedOn, String recordedByName, Instant recordedAt) {
}
