package jp.renkei.ccat.ledger;

import java.time.LocalDate;
import java.util.List;

/** The ledger of one hospital's own patients whose tests were ordered in a date range (both ends inclusive). */
public record Ledger(String hospitalName, LocalDate from, LocalDate to, List<LedgerRow> rows) {

    public Ledger {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("ledger range ends " + to + " before it starts " + from);
        }
        rows = List.copyOf(rows);
    }

    /** How many different patients the ledger names, as the download's audit entry records it. */
    public long patientCount() {
        return rows.stream().map(LedgerRow::patientId).distinct().count();
    }
}
