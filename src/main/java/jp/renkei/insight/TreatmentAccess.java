package jp.renkei.insight;

/**
 * Of {@code cases} panel cases reported, how many had a recommended therapy and how many received it.
 * {@code suppressed}: fewer than {@link Distribution#SMALL_CELL} cases shown to the network; the counts are then 0.
 */
public record TreatmentAccess(int cases, int recommended, int given, boolean suppressed) {

    static TreatmentAccess of(int cases, int recommended, int given, boolean suppressSmallCells) {
        return suppressSmallCells && cases < Distribution.SMALL_CELL ? new TreatmentAccess(0, 0, 0, true)
                : new TreatmentAccess(cases, recommended, given, false);
    }

    public boolean shown() {
        return !suppressed && cases > 0;
    }

    /** Percent of cases with a recommended therapy, or null when not shown. */
    public Double recommendedPercent() {
        return shown() ? 100.0 * recommended / cases : null;
    }

    /** Percent of cases that received the recommended therapy, or null when not shown. */
    public Double givenPercent() {
        return shown() ? 100.0 * given / cases : null;
    }
}
