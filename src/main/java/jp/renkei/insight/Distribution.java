package jp.renkei.insight;

import java.util.List;

/**
 * How many days a stage took over {@code patients} journeys: quartiles, median and 90th percentile (linear
 * interpolation between ranks), min and max. {@code suppressed}: fewer than {@link #SMALL_CELL} patients and shown
 * to the network, so every value but the fact of suppression is withheld (a count of 1–4 could point at a person).
 */
public record Distribution(int patients, boolean suppressed, Double min, Double q1, Double median, Double q3,
        Double p90, Double max) {

    public static final int SMALL_CELL = 5;

    static Distribution of(List<Long> days, boolean suppressSmallCells) {
        if (suppressSmallCells && days.size() < SMALL_CELL) {
            return new Distribution(0, true, null, null, null, null, null, null);
        }
        if (days.isEmpty()) {
            return new Distribution(0, false, null, null, null, null, null, null);
        }
        List<Long> sorted = days.stream().sorted().toList();
        return new Distribution(sorted.size(), false, quantile(sorted, 0), quantile(sorted, 0.25),
                quantile(sorted, 0.5), quantile(sorted, 0.75), quantile(sorted, 0.9), quantile(sorted, 1));
    }

    public boolean shown() {
        return !suppressed && patients > 0;
    }

    private static double quantile(List<Long> sorted, double p) {
        double rank = p * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.size() - 1);
        return sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
    }
}
