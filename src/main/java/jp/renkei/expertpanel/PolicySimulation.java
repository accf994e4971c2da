package jp.renkei.expertpanel;

import java.time.LocalDate;
import java.util.List;

import jp.renkei.expertpanel.simulation.SimulationTotals;
import jp.renkei.expertpanel.simulation.SkipProposal;

/** The hospital's panel cases accepted from {@code from} to {@code to} (inclusive) judged under {@code proposal}. */
public record PolicySimulation(LocalDate from, LocalDate to, SkipProposal proposal, SimulationTotals totals,
        List<SimulatedCase> cases) {

    public PolicySimulation {
        cases = List.copyOf(cases);
    }
}
