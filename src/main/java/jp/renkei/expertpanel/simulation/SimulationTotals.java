package jp.renkei.expertpanel.simulation;

import java.util.List;

/**
 * The page's figures. Days count only cases the panel has answered, so that the total and the median do not grow
 * with the time open cases are still waiting; open skipping cases are counted apart with their days so far.
 *
 * @param medianDaysSaved null when no answered case would have skipped
 */
public record SimulationTotals(int cases, int wouldSkip, int answeredSkipping, long daysSaved, Double medianDaysSaved,
        int openSkipping, long openDaysSoFar) {

    /** {@code savings} holds one entry per case that would have skipped. */
    public static SimulationTotals of(int cases, List<Saving> savings) {
        List<Long> answered = savings.stream().filter(Saving::panelAnswered).map(Saving::days).sorted().toList();
        List<Saving> open = savings.stream().filter(s -> !s.panelAnswered()).toList();
        return new SimulationTotals(cases, savings.size(), answered.size(),
                answered.stream().mapToLong(Long::longValue).sum(), median(answered), open.size(),
                open.stream().mapToLong(Saving::days).sum());
    }

    /** Share of the cases that would have skipped, in percent (0 without cases). */
    public double skipPercent() {
        return cases == 0 ? 0 : 100.0 * wouldSkip / cases;
    }

    private static Double median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
