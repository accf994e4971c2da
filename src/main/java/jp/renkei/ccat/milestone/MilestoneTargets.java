package jp.renkei.ccat.milestone;

import java.time.Period;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A hospital's targets: how many business days each step may take after the one before, and when follow-up
 * entries are due after the explanation. The lab step takes the catalogue's turnaround for the test instead.
 *
 * @param businessDaysAfterPrevious for every step but {@link MilestoneStep#LAB_RESULT_UPLOADED} and
 *                                  {@link MilestoneStep#FOLLOW_UP}; {@code CONSENT} counts from the test's order
 * @param followUpsAfterExplanation when each follow-up entry is due, counted from the explanation
 */
public record MilestoneTargets(Map<MilestoneStep, Integer> businessDaysAfterPrevious,
        List<Period> followUpsAfterExplanation) {

    private static final Set<MilestoneStep> NOT_COUNTED_BY_TARGET =
            EnumSet.of(MilestoneStep.LAB_RESULT_UPLOADED, MilestoneStep.FOLLOW_UP);

    public MilestoneTargets {
        Set<MilestoneStep> expected = EnumSet.complementOf(EnumSet.copyOf(NOT_COUNTED_BY_TARGET));
        if (!businessDaysAfterPrevious.keySet().equals(expected)) {
            throw new IllegalArgumentException("targets are needed for exactly " + expected + ", given "
                    + businessDaysAfterPrevious.keySet());
        }
        if (businessDaysAfterPrevious.values().stream().anyMatch(days -> days < 0)) {
            throw new IllegalArgumentException("a target cannot be negative: " + businessDaysAfterPrevious);
        }
        businessDaysAfterPrevious = Map.copyOf(new EnumMap<>(businessDaysAfterPrevious));
        followUpsAfterExplanation = List.copyOf(followUpsAfterExplanation);
        if (followUpsAfterExplanation.stream().anyMatch(period -> period.isNegative() || period.isZero())) {
            throw new IllegalArgumentException("follow-ups must come after the explanation: "
                    + followUpsAfterExplanation);
        }
    }

    /**
     * A starting point about six weeks from order to explanation with a typical lab (DOMAIN.md: about 6 weeks,
     * 4–8 at hospitals), and follow-ups every six months for two years; each hospital sets its own.
     */
    public static MilestoneTargets defaults() {
        return new MilestoneTargets(Map.of(
                MilestoneStep.CONSENT, 0,
                MilestoneStep.SPECIMEN_SHIPPED, 3,
                MilestoneStep.CLINICAL_DATA_ENTERED, 3,
                MilestoneStep.CCAT_REPORT_RECEIVED, 5,
                MilestoneStep.PANEL_HELD, 5,
                MilestoneStep.RESULT_EXPLAINED, 5),
                List.of(Period.ofMonths(6), Period.ofMonths(12), Period.ofMonths(18), Period.ofMonths(24)));
    }

    int businessDaysAfterPrevious(MilestoneStep step) {
        return businessDaysAfterPrevious.get(step);
    }
}
