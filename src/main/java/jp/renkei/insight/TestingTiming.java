package jp.renkei.insight;

import jp.renkei.referral.StandardTreatmentStatus;

/**
 * When in the course of standard treatment the patient was tested: the axis of the comparison the network watches
 * (8.2% reach a recommended therapy under the current timing rule, 19.8% when tested before standard treatment,
 * FIRST-Dx). Grouped from the status the referral gave when the test was ordered.
 */
public enum TestingTiming {
    BEFORE_END_OF_STANDARD("insight.timing.beforeEnd"),
    AT_OR_AFTER_END_OF_STANDARD("insight.timing.atOrAfterEnd"),
    UNKNOWN("insight.timing.unknown");

    private final String messageKey;

    TestingTiming(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** {@code stored}: a {@link StandardTreatmentStatus} name, or null when the referral did not say. */
    static TestingTiming of(String stored) {
        if (stored == null) {
            return UNKNOWN;
        }
        return switch (StandardTreatmentStatus.valueOf(stored)) {
            case NOT_STARTED, ONGOING -> BEFORE_END_OF_STANDARD;
            case EXPECTED_TO_END, ENDED, NO_STANDARD_TREATMENT -> AT_OR_AFTER_END_OF_STANDARD;
        };
    }
}
