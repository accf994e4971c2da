package jp.renkei.ccat.ledger;

import java.time.LocalDate;
import java.util.Objects;

import jp.renkei.ccat.consent.ConsentDecision;

/** The latest decision for one consent scope and the Tokyo day it was recorded, as the ledger prints it. */
public record LedgerConsent(ConsentDecision decision, LocalDate on) {

    public LedgerConsent {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(on, "on");
    }
}
