package jp.renkei.ccat.claims;

import java.time.LocalDate;
import java.util.List;

/**
 * A test's billing as its page shows it: D006-19, B011-5 and D004-2 in that order, the patient's transfer or death
 * if recorded, and whether the viewer (the testing hospital's coordinator or admin) may record claims.
 *
 * @param departure null unless the patient transferred or died
 */
public record TestBilling(long testId, List<ItemBilling> items, DepartureKind departure, LocalDate departedOn,
        boolean mayRecord) {

    public TestBilling {
        items = List.copyOf(items);
    }
}
